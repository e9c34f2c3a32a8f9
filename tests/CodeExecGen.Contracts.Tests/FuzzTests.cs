using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>Damaged copies of real responses: each either reads or fails with exactly JsonException.</summary>
public class FuzzTests
{
    public static TheoryData<string> Files => new(Samples.Files("responses", ".json").Where(f => !f.Contains("image_generation", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Damaged_responses_fail_only_with_JsonException(string file)
    {
        var original = Encoding.UTF8.GetBytes(Samples.Read("responses", file));
        var random = new Random(file.Length * 7919);
        var damage = "{}[]\",:0-e.\\ntu\u00ff\u0000"u8.ToArray();
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])original.Clone();
            switch (i % 3)
            {
                case 0:
                    bytes = bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();
                    break;
                case 1:
                    for (var n = 0; n < 3; n++)
                    {
                        bytes[random.Next(bytes.Length)] = damage[random.Next(damage.Length)];
                    }

                    break;
                default:
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    break;
            }

            try
            {
                if (bytes.Length > 0 && bytes[0] == (byte)'[')
                {
                    JsonSerializer.Deserialize<GenerateContentResponse[]>(bytes);
                }
                else
                {
                    JsonSerializer.Deserialize<GenerateContentResponse>(bytes);
                }
            }
            catch (Exception exception)
            {
                Assert.True(exception.GetType() == typeof(JsonException), $"{file} case {i}: {exception.GetType()}: {exception.Message}");
            }
        }
    }
}
