using System;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>
/// A function that tells whether calls overlap: each call waits, up to <c>patience</c>, until
/// <c>expected</c> calls are inside it at once. Calls run one after another each wait in vain.
/// </summary>
public sealed partial class RendezvousTools(int expected, TimeSpan patience)
{
    private readonly TaskCompletionSource _allInside = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inside;
    private int _mostInside;

    /// <summary>The most calls that were inside the function at once.</summary>
    public int MostInside => Volatile.Read(ref _mostInside);

    [GeminiFunction("Waits for the other calls.")]
    public async Task<string> MeetAsync(string who, CancellationToken cancellationToken)
    {
        var inside = Interlocked.Increment(ref _inside);
        InterlockedMax(ref _mostInside, inside);
        try
        {
            if (inside == expected)
            {
                _allInside.TrySetResult();
            }

            await _allInside.Task.WaitAsync(patience, cancellationToken).ConfigureAwait(false);
            return who + " met the others";
        }
        catch (TimeoutException)
        {
            return who + " waited alone";
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    private static void InterlockedMax(ref int location, int value)
    {
        for (var seen = Volatile.Read(ref location); seen < value; seen = Volatile.Read(ref location))
        {
            if (Interlocked.CompareExchange(ref location, value, seen) == seen)
            {
                return;
            }
        }
    }
}
