using System;
using System.Text.Json;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Errors;

public class GoogleRpcStatusTests
{
    private const string Prefix = "type.googleapis.com/google.rpc.";

    internal const string QuotaExceeded = """
        {"error": {
          "code": 429,
          "message": "You exceeded your current quota.",
          "status": "RESOURCE_EXHAUSTED",
          "details": [
            {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [
              {"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
               "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
               "quotaDimensions": {"model": "gemini-2.5-flash", "location": "global"},
               "quotaValue": "15"},
              {"subject": "project:123", "description": "Daily limit", "quotaValue": 1500},
              "not an object"]},
            {"@type": "type.googleapis.com/google.rpc.Help", "links": [{"url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]},
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "27.5s"}
          ]
        }}
        """;

    [Fact]
    public void An_error_body_is_read_with_its_typed_details_and_every_detail_kept()
    {
        Assert.True(GoogleRpcStatus.TryParse(QuotaExceeded, out var status));

        Assert.Equal(429, status.Code);
        Assert.Equal("RESOURCE_EXHAUSTED", status.Status);
        Assert.Equal("You exceeded your current quota.", status.Message);
        Assert.Equal(3, status.Details.Count);
        Assert.Equal(Prefix + "Help", status.Details[1].GetProperty("@type").GetString());
        Assert.Equal(GoogleDuration.Parse("27.5s"), status.RetryInfo!.RetryDelay);
        Assert.Null(status.ErrorInfo);
        Assert.Null(status.BadRequest);

        var violations = status.QuotaFailure!.Violations;
        Assert.Equal(2, violations.Count);
        Assert.Equal("GenerateRequestsPerMinutePerProjectPerModel-FreeTier", violations[0].QuotaId);
        Assert.Equal("generativelanguage.googleapis.com/generate_content_free_tier_requests", violations[0].QuotaMetric);
        Assert.Equal("gemini-2.5-flash", violations[0].QuotaDimensions["model"]);
        Assert.Equal(15, violations[0].QuotaValue);
        Assert.Equal(1500, violations[1].QuotaValue);
        Assert.Equal("project:123", violations[1].Subject);
        Assert.Equal("Daily limit", violations[1].Description);
    }

    [Fact]
    public void ErrorInfo_and_BadRequest_are_typed_too()
    {
        const string json = """
            {"error": {"code": 400, "message": "API key not valid.", "status": "INVALID_ARGUMENT", "details": [
              {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com",
               "metadata": {"service": "generativelanguage.googleapis.com", "ignored": 1}},
              {"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [
                {"field": "contents[0].parts[1].inline_data", "description": "Unsupported MIME type", "reason": "INVALID"}]}
            ]}}
            """;

        Assert.True(GoogleRpcStatus.TryParse(json, out var status));

        Assert.Equal("API_KEY_INVALID", status.ErrorInfo!.Reason);
        Assert.Equal("googleapis.com", status.ErrorInfo.Domain);
        Assert.Equal("generativelanguage.googleapis.com", Assert.Single(status.ErrorInfo.Metadata).Value);
        var violation = Assert.Single(status.BadRequest!.FieldViolations);
        Assert.Equal("contents[0].parts[1].inline_data", violation.Field);
        Assert.Equal("Unsupported MIME type", violation.Description);
        Assert.Equal("INVALID", violation.Reason);
        Assert.Null(status.RetryInfo);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("")]
    [InlineData("{\"code\": 429}")] // no "error"
    [InlineData("{\"error\": \"quota\"}")] // error not an object
    [InlineData("[{\"error\": {}}]")]
    [InlineData("{\"error\": {")]
    public void What_is_not_an_error_body_is_not_read_as_one(string body)
    {
        Assert.False(GoogleRpcStatus.TryParse(body, out var status));
        Assert.Null(status);
    }

    [Fact]
    public void Missing_or_mistyped_members_read_as_empty()
    {
        Assert.True(GoogleRpcStatus.TryParse("{\"error\": {\"code\": \"429\", \"message\": 5, \"details\": {}}}", out var status));

        Assert.Equal(0, status.Code);
        Assert.Null(status.Message);
        Assert.Null(status.Status);
        Assert.Empty(status.Details);
    }

    [Fact]
    public void A_retry_delay_that_is_not_a_duration_leaves_the_delay_unknown()
    {
        Assert.True(GoogleRpcStatus.TryParse("{\"error\": {\"details\": [{\"@type\": \"" + Prefix + "RetryInfo\", \"retryDelay\": \"soon\"}]}}", out var status));

        Assert.NotNull(status.RetryInfo);
        Assert.Null(status.RetryInfo.RetryDelay);
    }

    [Fact]
    public void TryFromBody_reads_a_parsed_body_and_keeps_details_past_its_document()
    {
        GoogleRpcStatus? status;
        using (var document = JsonDocument.Parse(QuotaExceeded))
        {
            Assert.True(GoogleRpcStatus.TryFromBody(document.RootElement, out status));
        }

        Assert.Equal(Prefix + "QuotaFailure", status.Details[0].GetProperty("@type").GetString());
    }
}
