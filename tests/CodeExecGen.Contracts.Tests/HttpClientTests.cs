using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>The generated type infos with HttpClient's JSON extensions, as a trimmed or AOT app would call them.</summary>
public class HttpClientTests
{
    [Fact]
    public async Task GetFromJsonAsync_and_PostAsJsonAsync_use_the_type_infos()
    {
        var recorded = Samples.Read("responses", "pydantic__pydantic-ai__test_code_execution.1.json");
        var handler = new Echo(recorded);
        using var http = new HttpClient(handler) { BaseAddress = new System.Uri("https://generativelanguage.googleapis.com/") };

        var request = new GenerateContentRequest { Tools = [Tool.ForCodeExecution()], Contents = [new Content { Role = "user", Parts = [Part.FromText("sum of primes")] }] };
        using var posted = await http.PostAsJsonAsync("v1beta/models/m:generateContent", request, ModelJson.GetTypeInfo<GenerateContentRequest>());
        Assert.Equal("""{"contents":[{"role":"user","parts":[{"text":"sum of primes"}]}],"tools":[{"codeExecution":{}}]}""", handler.LastBody);

        var response = await posted.Content.ReadFromJsonAsync(ModelJson.GetTypeInfo<GenerateContentResponse>());
        Assert.Equal(2, response!.GetCodeExecutionSteps().Count);

        var fetched = await http.GetFromJsonAsync("v1beta/x", ModelJson.GetTypeInfo<GenerateContentResponse>());
        JsonAssert.Equal(recorded, ModelJson.Serialize(fetched));
    }

    private sealed class Echo(string body) : HttpMessageHandler
    {
        public string? LastBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
