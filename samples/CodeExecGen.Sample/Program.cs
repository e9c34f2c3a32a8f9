using System;
using System.Linq;
using Gemini;

// Every type generated from the schema lives in the namespace the project chose ("Gemini").
var generated = typeof(Part).Assembly.GetTypes().Count(t => t.Namespace == "Gemini");
Console.WriteLine($"CodeExecGen generated {generated} types from the Gemini schema.");

var result = new CodeExecutionResult { Outcome = CodeExecutionResultOutcome.Ok, Output = "5117\n" };
Console.WriteLine($"{nameof(CodeExecutionResult)}: outcome {result.Outcome}, output {result.Output?.Trim()}");
