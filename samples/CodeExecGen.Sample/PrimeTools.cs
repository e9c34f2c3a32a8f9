using System.ComponentModel;
using CodeExecGen;

/// <summary>
/// A function tool next to code execution: the model may run code, or ask this method. The generator adds
/// <c>PrimeTools.FunctionTool</c> and <c>PrimeTools.InvokeAsync</c>; the binding is generated, so this
/// project's trimming and AOT analyzers (IsAotCompatible) have nothing to warn about.
/// </summary>
internal static partial class PrimeTools
{
    [GeminiFunction("The sum of the first n prime numbers.", Name = "sum_of_primes")]
    public static long SumOfPrimes([Description("How many primes, from 2 on.")] int count)
    {
        long sum = 0;
        for (long candidate = 2, found = 0; found < count; candidate++)
        {
            var prime = true;
            for (long divisor = 2; divisor * divisor <= candidate; divisor++)
            {
                if (candidate % divisor == 0)
                {
                    prime = false;
                    break;
                }
            }

            if (prime)
            {
                sum += candidate;
                found++;
            }
        }

        return sum;
    }
}
