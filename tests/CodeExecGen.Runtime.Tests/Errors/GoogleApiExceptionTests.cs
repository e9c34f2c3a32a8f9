using System;
using System.Net;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Errors;

// That the message never holds the API key is the transport's doing: see ApiTransportTests.
public class GoogleApiExceptionTests
{
    [Fact]
    public void The_exception_says_the_method_the_HTTP_status_and_Google_s_status()
    {
        GoogleRpcStatus.TryParse(GoogleRpcStatusTests.QuotaExceeded, out var status);

        var answered = new GoogleApiException("models.generateContent", HttpStatusCode.TooManyRequests, status!);
        var inStream = new GoogleApiException("models.streamGenerateContent", null, new GoogleRpcStatus { Status = "UNAVAILABLE" });
        var bare = new GoogleApiException("models.list", HttpStatusCode.BadGateway, new GoogleRpcStatus());

        Assert.Equal("models.generateContent failed with HTTP 429: RESOURCE_EXHAUSTED (You exceeded your current quota.)", answered.Message);
        Assert.Equal(TimeSpan.FromSeconds(27.5), answered.RetryDelay);
        Assert.Equal("models.streamGenerateContent failed in the middle of the stream: UNAVAILABLE", inStream.Message);
        Assert.Null(inStream.HttpStatusCode);
        Assert.Null(inStream.RetryDelay);
        Assert.Equal("models.list failed with HTTP 502: UNKNOWN", bare.Message);
    }

    [Fact]
    public void The_exception_requires_a_status()
        => Assert.Equal("status", Assert.Throws<ArgumentNullException>(() => new GoogleApiException("models.list", null, null!)).ParamName);
}
