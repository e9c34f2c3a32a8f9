namespace CodeExecGen.Analyzers.Tests.Infrastructure;

/// <summary>The class every analyzer case is written in: helpers that check, do not check, or hide their body.</summary>
internal static class Cases
{
    /// <summary>The usings every case starts with.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.Threading.Tasks;
        using CodeExecGen;
        using Gemini;

        """;

    public static string InClass(string members) => Usings + """
        using O = Gemini.CodeExecutionResultOutcome;

        interface IValidator { void Ensure(CodeExecutionResult result); bool Accepts(CodeExecutionResult result); }

        static class Assert
        {
            public static void Equal<T>(T expected, T actual) { }
        }

        sealed class ToolResult
        {
            public O? Outcome { get; set; }
            public string? Output { get; set; }
        }

        sealed record Msg(bool IsError, string? Text);

        sealed class Step
        {
            public CodeExecutionResult Result { get; } = new();
            public bool Succeeded => Result.Outcome == O.Ok;
            public bool Finished() => Result.Outcome is O.Ok or O.Failed;
        }

        class C
        {
            CodeExecutionResult _last = new();
            CodeExecutionResult[] _all = [];
            IValidator _validator = null!;
            bool _flag;

            static void Show(string? text) { }
            static void Emit(object? first, object? second) { }
            static void Log(CodeExecutionResult result) => Console.WriteLine(result.Id);
            static void RequireOk(CodeExecutionResult result)
            {
                if (result.Outcome != O.Ok) throw new InvalidOperationException("code execution failed");
            }
            static bool IsGood(CodeExecutionResult result) => result.Outcome == O.Ok;
            static CodeExecutionResult Get() => new();
            static Task<CodeExecutionResult> GetAsync() => Task.FromResult(new CodeExecutionResult());
            static void Replace(ref CodeExecutionResult result) => result = new();
            static bool Next(out CodeExecutionResult result) { result = new(); return false; }

        """ + members + """

        }
        """;
}
