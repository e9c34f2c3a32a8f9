using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// Decides whether a use of a guarded value is reported: what the flow says about its guard, then
/// whether it is only a presence test, travels with its outcome, or goes to a sink that shows the
/// outcome; and builds the CEG1001/CEG1002 diagnostic with what the code fixes need.
/// </summary>
internal sealed class UseJudge
{
    private readonly GraphAnalysis _analysis;
    private readonly bool _quiet;

    public UseJudge(GraphAnalysis analysis, bool quiet)
    {
        _analysis = analysis;
        _quiet = quiet;
    }

    /// <summary>A direct read of a guarded member.</summary>
    public void Read(IOperation reference, GuardState state)
    {
        if (_quiet || OperationWalker.IsWrite(reference) || reference.Parent is IPropertySubpatternOperation || reference.Parent is INameOfOperation)
        {
            return;
        }

        if (_analysis.GuardedRead(reference) is { } read && !UseSites.IsPresenceTest(_analysis.Context.OriginalOf(reference)))
        {
            Report(reference, read.Guard, read.Key is null ? read.Guard.AllMask : state.Get(read.Key, read.Guard.AllMask), read.ReceiverText, read.Key, state);
        }
    }

    /// <summary>A held guarded value is used: what was known where it was read, and what is known of its instance now.</summary>
    public void Held(IOperation at, GuardedValue held, GuardState state)
    {
        if (_quiet)
        {
            return;
        }

        var now = held.GuardKey == GuardedValue.Detached ? held.Guard.AllMask : state.Get(held.GuardKey, held.Guard.AllMask);
        Report(at, held.Guard, held.ReadMask & now, held.ReceiverText, held.GuardKey == GuardedValue.Detached ? null : held.GuardKey, state);
    }

    /// <summary><c>r is { Output: "" }</c> reads the member; it is judged where the whole pattern holds.</summary>
    public void Subpatterns(IIsPatternOperation isPattern, GuardState state)
    {
        if (_quiet)
        {
            return;
        }

        var path = Narrowing.InputPath(Narrowing.Strip(isPattern.Value)!, _analysis);
        var whenTrue = Narrowing.Narrow(isPattern, state, _analysis).WhenTrue;
        foreach (var (key, guard, subpattern) in Narrowing.GuardedSubpatterns(path, isPattern.Pattern, _analysis))
        {
            if (whenTrue is not null && !UseSites.IsPresencePattern(subpattern.Pattern))
            {
                Report(subpattern.Member, guard, whenTrue.Get(key, guard.AllMask), string.Empty, key, whenTrue);
            }
        }
    }

    private void Report(IOperation at, GuardInfo guard, ulong possible, string receiverText, string? guardKey, GuardState state)
    {
        if (_quiet)
        {
            return;
        }

        possible &= guard.AllMask;
        var success = possible & guard.SuccessMask;
        var failure = possible & ~guard.SuccessMask;
        if (success == 0 || failure == 0)
        {
            return; // Only success values (stdout), or only failures (reading stderr after a failure check).
        }

        var site = _analysis.Context.OriginalOf(at);
        if (guardKey is not null && ShownWithItsOutcome(site, guardKey, state))
        {
            return;
        }

        // Forwarded with its outcome (new T { Outcome = r.Outcome, Output = r.Output }): the receiver decides.
        if (guardKey is not null && UseSites.Companions(site) is { } companions)
        {
            var (complete, lossy) = Weigh(_analysis, companions, guardKey, guard, state);
            if (complete)
            {
                return;
            }

            if (lossy != 0)
            {
                possible = lossy & guard.AllMask;
                failure = possible & ~guard.SuccessMask;
            }
        }

        // The flow only speaks for values whose outcome the method consults; CEG1001 was decided without it.
        var value = guardKey?.Substring(0, guardKey.Length - guard.Guard.Name.Length - 1);
        if (value is not null && _analysis.Context.Consulted.Contains(value))
        {
            _analysis.Context.Found.Add(Create(Descriptors.UncoveredGuardedRead, at, guard, receiverText, failure));
        }
        else if (value is not null && _analysis.Context.Lossy.Contains(value))
        {
            _analysis.Context.Found.Add(Create(Descriptors.PartialGuardCheck, at, guard, receiverText, failure));
        }
    }

    /// <summary>A diagnostic on a guarded read, with what the code fixes need.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, IOperation at, GuardInfo guard, string receiverText, ulong failure)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[DiagnosticProperties.Guard] = guard.Guard.Name;
        properties[DiagnosticProperties.Success] = string.Join(",", guard.SuccessNames);
        properties[DiagnosticProperties.Enum] = guard.EnumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        properties[DiagnosticProperties.Receiver] = receiverText;
        properties[DiagnosticProperties.Guarded] = guard.Guarded.Name;
        if (guard.Guarded.ContainingType.GetMembers(guard.TryGetMethodName).Any())
        {
            properties[DiagnosticProperties.TryGet] = guard.TryGetMethodName;
        }

        var successText = guard.Describe(guard.SuccessMask);
        return descriptor == Descriptors.PartialGuardCheck
            ? Diagnostic.Create(descriptor, at.Syntax.GetLocation(), properties.ToImmutable(), guard.Guarded.Name, guard.Guard.Name, guard.Describe(failure), successText)
            : Diagnostic.Create(descriptor, at.Syntax.GetLocation(), properties.ToImmutable(), guard.Guarded.Name, guard.Guard.Name, successText);
    }

    /// <summary>
    /// Shown by a sink that showed the outcome before on every path (<c>Console.WriteLine($"Status: {r.Outcome}")</c>),
    /// or that shows it in the very next statement.
    /// </summary>
    private bool ShownWithItsOutcome(IOperation? site, string guardKey, GuardState state)
    {
        if (UseSites.EnclosingCall(site) is not { } call || UseSites.SinkOf(call, _analysis) is not { } sink)
        {
            return false;
        }

        if (state.ValueOf(Shown.Holder(sink, guardKey)) is Shown)
        {
            return true;
        }

        if (call.Parent is IExpressionStatementOperation { Parent: IBlockOperation block } statement)
        {
            var index = block.Operations.IndexOf(statement);
            if (index + 1 < block.Operations.Length
                && block.Operations[index + 1] is IExpressionStatementOperation { Operation: IInvocationOperation next }
                && UseSites.SinkOf(next, _analysis) == sink)
            {
                return next.Arguments.SelectMany(a => UseSites.Flatten(a.Value)).Any(p => _analysis.GuardOf(p, state) is { Fallback: 0 } shown && shown.Key == guardKey);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether what travels with the value carries its outcome: the guard itself or a test of it that
    /// tells success from everything else (complete), or a label that shows some failures as success
    /// (lossy: the values it mixes).
    /// </summary>
    public static (bool Complete, ulong Lossy) Weigh(GraphAnalysis analysis, IReadOnlyList<IOperation> companions, string key, GuardInfo guard, GuardState state)
    {
        bool Pure(ulong mask) => (mask & guard.SuccessMask) == 0 || (mask & ~guard.SuccessMask & guard.AllMask) == 0;
        var lossy = 0UL;
        foreach (var companion in companions.SelectMany(UseSites.Flatten))
        {
            // GuardOf sees through ToString(), so r.Outcome.ToString() carries the outcome too.
            var value = Narrowing.Strip(companion);
            if (analysis.GuardOf(value, state) is { } carried && carried.Key == key)
            {
                if ((carried.Fallback & guard.SuccessMask) == 0)
                {
                    return (true, 0);
                }

                lossy |= guard.SuccessMask | GuardInfo.UnknownBit;
                continue;
            }

            if (value?.Type?.SpecialType == SpecialType.System_Boolean)
            {
                var current = state.Get(key, guard.AllMask);
                var (whenTrue, whenFalse) = Narrowing.Narrow(value, state, analysis);
                var trueMask = whenTrue?.Get(key, guard.AllMask) ?? 0;
                var falseMask = whenFalse?.Get(key, guard.AllMask) ?? 0;
                if (trueMask == current && falseMask == current)
                {
                    continue;
                }

                if (Pure(trueMask) && Pure(falseMask))
                {
                    return (true, 0);
                }

                lossy |= (Pure(trueMask) ? 0 : trueMask) | (Pure(falseMask) ? 0 : falseMask);
            }
        }

        return (false, lossy);
    }
}
