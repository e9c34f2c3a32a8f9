using CodeExecGen.Generator.Helpers;
using Xunit;

namespace CodeExecGen.Generator.Tests.Pieces;

/// <summary>Pipeline models compare by content through EquatableArray; caching depends on it.</summary>
public class EquatableArrayTests
{
    [Fact]
    public void Equal_contents_are_equal_with_equal_hashes()
    {
        var left = new EquatableArray<string>(["a", "b"]);
        var right = new EquatableArray<string>(["a", "b"]);
        Assert.True(left == right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Order_length_and_content_matter()
    {
        var ab = new EquatableArray<string>(["a", "b"]);
        Assert.NotEqual(ab, new EquatableArray<string>(["b", "a"]));
        Assert.NotEqual(ab, new EquatableArray<string>(["a"]));
        Assert.NotEqual(ab, new EquatableArray<string>(["a", "c"]));
        Assert.True(ab != new EquatableArray<string>(["a", "b", "c"]));
    }

    [Fact]
    public void Default_and_empty_are_the_same_empty_array()
    {
        EquatableArray<string> unset = default;
        Assert.Equal(EquatableArray<string>.Empty, unset);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), unset.GetHashCode());
        Assert.Empty(unset);
    }

    [Fact]
    public void Records_holding_arrays_compare_by_content()
    {
        var first = new Model.ResolverSpec("N", "/p", new EquatableArray<string>(["A"]), "h");
        var second = new Model.ResolverSpec("N", "/p", new EquatableArray<string>(["A"]), "h");
        Assert.Equal(first, second);
        Assert.NotEqual(first, second with { TypeNames = new EquatableArray<string>(["B"]) });
    }
}
