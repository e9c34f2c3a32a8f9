using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>What a local or a flow capture holds that the analysis follows; keyed by the holder's path.</summary>
internal abstract record Tracked
{
    /// <summary>Whether this value depends on what is known about <paramref name="path"/> (its instance was reassigned).</summary>
    public abstract Tracked? Reassigned(string path);

    /// <summary>The value a join keeps when both sides hold something for one holder; null drops it.</summary>
    public abstract Tracked? Join(Tracked other);
}

/// <summary>
/// The value of a guarded read (<c>var s = r.Output;</c>): judged where it is used, against what was
/// known when it was read (<see cref="ReadMask"/>) and what is known of its instance where it is used.
/// <see cref="Origin"/> is where a value handed on through a flow capture (<c>??</c>, <c>?:</c>) was read.
/// </summary>
internal sealed record GuardedValue(string GuardKey, GuardInfo Guard, string ReceiverText, ulong ReadMask, IOperation? Origin) : Tracked
{
    public const string Detached = "#detached";

    public override Tracked? Reassigned(string path)
        => GuardState.IsAtOrBelow(GuardKey, path) ? this with { GuardKey = Detached } : this;

    public override Tracked? Join(Tracked other)
        => other is GuardedValue value
            ? this with { GuardKey = value.GuardKey == GuardKey ? GuardKey : Detached, ReadMask = ReadMask | value.ReadMask }
            : this;
}

/// <summary>A local that holds a guard's value (<c>var outcome = r.Outcome;</c>): checking it checks <see cref="Guard"/>.</summary>
internal sealed record GuardCopy(GuardRef Guard) : Tracked
{
    public override Tracked? Reassigned(string path) => GuardState.IsAtOrBelow(Guard.Key, path) ? null : this;

    public override Tracked? Join(Tracked other) => other == this ? this : null;
}

/// <summary>A bool local that holds a test of guards (<c>var ok = r.Outcome == Ok;</c>): what it says when true and when false.</summary>
internal sealed record CheckResult(ImmutableArray<GuardFact> Facts) : Tracked
{
    public override Tracked? Reassigned(string path)
    {
        foreach (var fact in Facts)
        {
            if (GuardState.IsAtOrBelow(fact.Key, path))
            {
                return null;
            }
        }

        return this;
    }

    public override Tracked? Join(Tracked other) => other is CheckResult check && check.Facts.SequenceEqual(Facts) ? this : null;

    public bool Equals(CheckResult? other) => other is not null && other.Facts.SequenceEqual(Facts);

    public override int GetHashCode() => Facts.Length;
}

/// <summary>
/// A sink (<c>Console.WriteLine</c>, one StringBuilder's <c>Append</c>) received the guard's value on every
/// path to here: what that sink shows next is shown with its outcome.
/// </summary>
internal sealed record Shown(string GuardKey) : Tracked
{
    public static string Holder(string sink, string guardKey) => "#shown:" + sink + "|" + guardKey;

    public override Tracked? Reassigned(string path) => GuardState.IsAtOrBelow(GuardKey, path) ? null : this;

    public override Tracked? Join(Tracked other) => other == this ? this : null;
}

/// <summary>The values a guard path can hold when a test is true and when it is false.</summary>
internal readonly record struct GuardFact(string Key, ulong WhenTrue, ulong WhenFalse, ulong All);

/// <summary>
/// What is known at one point of a method: for each guard access path (<c>r.Outcome</c>,
/// <c>part.CodeExecutionResult.Outcome</c>) the set of values it can still hold, as a bit mask, and
/// what the locals and flow captures the analysis follows hold. A path that is not in the map can hold
/// anything. Immutable; null stands for an unreachable point.
/// </summary>
internal sealed class GuardState
{
    public static readonly GuardState Empty = new(ImmutableDictionary<string, ulong>.Empty, ImmutableDictionary<string, Tracked>.Empty);

    private GuardState(ImmutableDictionary<string, ulong> guards, ImmutableDictionary<string, Tracked> values)
    {
        Guards = guards;
        Values = values;
    }

    public ImmutableDictionary<string, ulong> Guards { get; }

    public ImmutableDictionary<string, Tracked> Values { get; }

    public ulong Get(string key, ulong all) => Guards.TryGetValue(key, out var mask) ? mask : all;

    public Tracked? ValueOf(string? holder) => holder is not null && Values.TryGetValue(holder, out var value) ? value : null;

    /// <summary>Narrows a path; a path that can hold anything again leaves the map (<see cref="ulong.MaxValue"/> also says nothing).</summary>
    public GuardState Set(string key, ulong mask, ulong all)
        => mask == all || mask == ulong.MaxValue ? With(Guards.Remove(key), Values) : With(Guards.SetItem(key, mask), Values);

    public GuardState SetValue(string holder, Tracked? value)
        => value is null ? With(Guards, Values.Remove(holder)) : With(Guards, Values.SetItem(holder, value));

    /// <summary>Forgets everything known about a path and the paths below it: it was assigned.</summary>
    public GuardState Kill(string path)
    {
        var guards = Guards;
        foreach (var key in Guards.Keys)
        {
            if (IsAtOrBelow(key, path))
            {
                guards = guards.Remove(key);
            }
        }

        var values = Values;
        foreach (var pair in Values)
        {
            var kept = pair.Key == path ? null : pair.Value.Reassigned(path);
            if (kept is null)
            {
                values = values.Remove(pair.Key);
            }
            else if (!ReferenceEquals(kept, pair.Value))
            {
                values = values.SetItem(pair.Key, kept);
            }
        }

        return With(guards, values);
    }

    public static GuardState? Join(GuardState? left, GuardState? right)
    {
        if (left is null)
        {
            return right;
        }

        if (right is null || ReferenceEquals(left, right))
        {
            return left;
        }

        var guards = ImmutableDictionary.CreateBuilder<string, ulong>();
        foreach (var pair in left.Guards)
        {
            if (right.Guards.TryGetValue(pair.Key, out var other))
            {
                guards[pair.Key] = pair.Value | other;
            }
        }

        // A guarded value held on one side only may still be held: keep it. Facts about guards need both sides.
        var values = ImmutableDictionary.CreateBuilder<string, Tracked>();
        foreach (var pair in left.Values)
        {
            var joined = right.Values.TryGetValue(pair.Key, out var other) ? pair.Value.Join(other) : pair.Value as GuardedValue;
            if (joined is not null)
            {
                values[pair.Key] = joined;
            }
        }

        foreach (var pair in right.Values)
        {
            if (!left.Values.ContainsKey(pair.Key) && pair.Value is GuardedValue)
            {
                values[pair.Key] = pair.Value;
            }
        }

        return new GuardState(guards.ToImmutable(), values.ToImmutable());
    }

    public bool SameAs(GuardState? other)
    {
        if (other is null || Guards.Count != other.Guards.Count || Values.Count != other.Values.Count)
        {
            return false;
        }

        foreach (var pair in Guards)
        {
            if (!other.Guards.TryGetValue(pair.Key, out var mask) || mask != pair.Value)
            {
                return false;
            }
        }

        foreach (var pair in Values)
        {
            if (!other.Values.TryGetValue(pair.Key, out var value) || !value.Equals(pair.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same facts with every path under <paramref name="from"/> copied under <paramref name="to"/>.</summary>
    public GuardState Rebase(string from, string to)
    {
        var guards = Guards;
        foreach (var pair in Guards)
        {
            if (IsAtOrBelow(pair.Key, from))
            {
                guards = guards.SetItem(to + pair.Key.Substring(from.Length), pair.Value);
            }
        }

        return With(guards, Values);
    }

    public static bool IsAtOrBelow(string key, string path)
        => key == path || (key.StartsWith(path, System.StringComparison.Ordinal) && key.Length > path.Length && (key[path.Length] == '.' || key[path.Length] == '['));

    private static GuardState With(ImmutableDictionary<string, ulong> guards, ImmutableDictionary<string, Tracked> values) => new(guards, values);
}
