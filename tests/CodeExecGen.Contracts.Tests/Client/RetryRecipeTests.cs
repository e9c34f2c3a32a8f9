using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>docs/client.md's retry recipe with Microsoft.Extensions.Http.Resilience, against a real server.</summary>
public class RetryRecipeTests
{
    [Fact]
    public async Task A_429_with_RetryInfo_is_retried_after_the_servers_delay()
    {
        const string exhausted = """
            {"error": {"code": 429, "message": "Resource has been exhausted.", "status": "RESOURCE_EXHAUSTED",
              "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.050s"}]}}
            """;
        var recorded = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__unary-success-code-execution.json");
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var first = Interlocked.Increment(ref calls) == 1;
            context.Response.StatusCode = first ? 429 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(first ? exhausted : recorded);
        });

        TimeSpan? waited = null;
        var services = new ServiceCollection();
        services.AddHttpClient("gemini", http => http.BaseAddress = server.Address)
            .AddResilienceHandler("gemini", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                DelayGenerator = async args =>
                {
                    waited = args.Outcome.Result is { } answer
                        && GoogleRpcStatus.TryParse(await answer.Content.ReadAsStringAsync(), out var status)
                        && status.RetryInfo?.RetryDelay is { } delay ? delay.ToTimeSpan() : null;
                    return waited;
                },
            }));
        using var provider = services.BuildServiceProvider();
        var client = new GenerativeLanguageClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient("gemini"), ClientRequestTests.Key);

        var response = await client.Models.GenerateContentAsync("gemini-2.5-flash", new GenerateContentRequest());

        Assert.Equal(2, calls);
        Assert.Equal(TimeSpan.FromMilliseconds(50), waited);
        Assert.NotEmpty(response.GetCodeExecutionSteps());
    }
}
