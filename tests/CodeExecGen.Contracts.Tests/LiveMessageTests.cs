using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>
/// Live messages with the members the official Python SDK's types name beyond the core ones (schema/SOURCES.md):
/// typed when the Live document has them, kept as read when it does not.
/// </summary>
public class LiveMessageTests
{
    [Fact]
    public void Server_content_and_resumption_members_are_typed_and_unknown_ones_kept()
    {
        const string json = """
            {
              "serverContent": {
                "waitingForInput": true,
                "outputTranscription": {"text": "done", "finished": true, "languageCode": "en-US"},
                "turnCompleteReason": "NEED_MORE_INPUT"
              },
              "sessionResumptionUpdate": {"newHandle": "h-2", "resumable": true, "lastConsumedClientMessageIndex": "7"}
            }
            """;

        var message = ModelJson.Deserialize<BidiGenerateContentServerMessage>(json)!;

        Assert.True(message.ServerContent!.WaitingForInput);
        Assert.True(message.ServerContent.OutputTranscription!.Finished);
        Assert.Equal(7L, message.SessionResumptionUpdate!.LastConsumedClientMessageIndex);
        Assert.Equal("NEED_MORE_INPUT", message.ServerContent.ExtensionData!["turnCompleteReason"].GetString());
        JsonAssert.Equal(json, ModelJson.Serialize(message));
    }
}
