using System.Linq;
using System.Reflection;
using System.Text.Json;
using Gemini;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>The guarded Output, its checked accessors, and the Tool factories.</summary>
public class GuardAndToolTests
{
    [Theory]
    [InlineData(CodeExecutionResultOutcome.Ok, true)]
    [InlineData(CodeExecutionResultOutcome.Failed, false)]
    [InlineData(CodeExecutionResultOutcome.DeadlineExceeded, false)]
    [InlineData(CodeExecutionResultOutcome.Unspecified, false)]
    public void Output_is_handed_out_only_for_Ok(CodeExecutionResultOutcome outcome, bool ok)
    {
        var result = new CodeExecutionResult { Outcome = outcome, Output = "text" };
        Assert.Equal(ok, result.IsOk);
        Assert.Equal(ok, result.TryGetOutput(out var output));
        Assert.Equal(ok ? "text" : string.Empty, output);
    }

    [Fact]
    public void No_outcome_or_an_unknown_one_is_not_Ok()
    {
        Assert.False(new CodeExecutionResult { Output = "x" }.TryGetOutput(out _));
        var future = JsonSerializer.Deserialize<CodeExecutionResult>("{\"outcome\": \"OUTCOME_NEW\", \"output\": \"x\"}")!;
        Assert.False(future.IsOk);
        Assert.True(new CodeExecutionResult { Outcome = CodeExecutionResultOutcome.Ok }.TryGetOutput(out var empty));
        Assert.Equal(string.Empty, empty);
    }

    [Fact]
    public void Output_carries_the_attribute_the_analyzers_read()
    {
        var attribute = typeof(CodeExecutionResult).GetProperty(nameof(CodeExecutionResult.Output))!.GetCustomAttributes()
            .Single(a => a.GetType().FullName == "CodeExecGen.GuardedByAttribute");
        var type = attribute.GetType();
        Assert.Equal("Outcome", type.GetProperty("Guard")!.GetValue(attribute));
        Assert.Equal([CodeExecutionResultOutcome.Ok], (object[])type.GetProperty("SuccessValues")!.GetValue(attribute)!);
    }

    [Fact]
    public void Checked_accessors_are_not_serialized()
        => Assert.Equal("{\"outcome\":\"OUTCOME_OK\"}", JsonSerializer.Serialize(new CodeExecutionResult { Outcome = CodeExecutionResultOutcome.Ok }));

    [Fact]
    public void Every_tool_has_a_factory()
    {
        var request = new GenerateContentRequest
        {
            Tools = [Tool.ForCodeExecution(), Tool.ForGoogleSearch(), Tool.ForUrlContext(), Tool.ForFunctionDeclarations(new FunctionDeclaration { Name = "f" })],
        };
        Assert.Equal("""{"tools":[{"codeExecution":{}},{"googleSearch":{}},{"urlContext":{}},{"functionDeclarations":[{"name":"f"}]}]}""", JsonSerializer.Serialize(request));

        var factories = typeof(Tool).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name.StartsWith("For", System.StringComparison.Ordinal)).Select(m => m.Name.Substring(3)).Order();
        var properties = typeof(Tool).GetProperties().Select(p => p.Name).Where(n => n != nameof(Tool.ExtensionData)).Order();
        Assert.Equal(properties, factories);
        Assert.NotSame(Tool.ForCodeExecution().CodeExecution, Tool.ForCodeExecution().CodeExecution);
    }
}
