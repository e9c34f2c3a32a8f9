using System;
using System.IO;

namespace CodeExecGen.IdeCost;

/// <summary>A project to open, under the name its figures carry.</summary>
internal sealed record Consumer(string Name, string Project)
{
    /// <summary>From <c>name=path/to/project.csproj</c>.</summary>
    public static Consumer Parse(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"'{argument}' is not name=path/to/project.csproj.", nameof(argument));
        }

        return new Consumer(argument[..equals], Path.GetFullPath(argument[(equals + 1)..]));
    }
}
