using System.Collections.Immutable;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>A local that holds the value of a guarded read (<c>var s = r.Output;</c>): judged where it is used.</summary>
internal sealed record Alias(string GuardKey, GuardInfo Guard, string ReceiverText);

/// <summary>
/// What is known at one point of a method: for each guard access path (<c>r.Outcome</c>,
/// <c>part.CodeExecutionResult.Outcome</c>) the set of values it can still hold, as a bit mask. A path
/// that is not in the map can hold anything. Immutable; null stands for an unreachable point.
/// </summary>
internal sealed class GuardState
{
    public static readonly GuardState Empty = new(ImmutableDictionary<string, ulong>.Empty, ImmutableDictionary<string, Alias>.Empty);

    private GuardState(ImmutableDictionary<string, ulong> guards, ImmutableDictionary<string, Alias> aliases)
    {
        Guards = guards;
        Aliases = aliases;
    }

    public ImmutableDictionary<string, ulong> Guards { get; }

    public ImmutableDictionary<string, Alias> Aliases { get; }

    public ulong Get(string key, ulong all) => Guards.TryGetValue(key, out var mask) ? mask : all;

    /// <summary>Narrows a path; a path that can hold anything again leaves the map.</summary>
    public GuardState Set(string key, ulong mask, ulong all)
        => mask == all ? With(Guards.Remove(key), Aliases) : With(Guards.SetItem(key, mask), Aliases);

    public GuardState SetAlias(string local, Alias? alias)
        => alias is null ? With(Guards, Aliases.Remove(local)) : With(Guards, Aliases.SetItem(local, alias));

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

        // A local holding an old guarded value can no longer be vouched for by checks on the new instance.
        var aliases = Aliases;
        foreach (var pair in Aliases)
        {
            if (pair.Key == path)
            {
                aliases = aliases.Remove(pair.Key);
            }
            else if (IsAtOrBelow(pair.Value.GuardKey, path))
            {
                aliases = aliases.SetItem(pair.Key, pair.Value with { GuardKey = "#reassigned:" + pair.Value.GuardKey });
            }
        }

        return With(guards, aliases);
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

        var aliases = left.Aliases;
        foreach (var pair in right.Aliases)
        {
            if (!aliases.ContainsKey(pair.Key))
            {
                aliases = aliases.Add(pair.Key, pair.Value);
            }
        }

        return new GuardState(guards.ToImmutable(), aliases);
    }

    public bool SameAs(GuardState? other)
    {
        if (other is null || Guards.Count != other.Guards.Count || Aliases.Count != other.Aliases.Count)
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

        foreach (var pair in Aliases)
        {
            if (!other.Aliases.TryGetValue(pair.Key, out var alias) || alias != pair.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same facts with every path under <paramref name="from"/> moved under <paramref name="to"/>.</summary>
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

        return With(guards, Aliases);
    }

    private static bool IsAtOrBelow(string key, string path)
        => key == path || (key.StartsWith(path, System.StringComparison.Ordinal) && (key[path.Length] == '.' || key[path.Length] == '['));

    private static GuardState With(ImmutableDictionary<string, ulong> guards, ImmutableDictionary<string, Alias> aliases) => new(guards, aliases);
}
