using System;
using System.Linq;
using CodeExecGen.IdeCost;
using Microsoft.Build.Locator;

// dotnet run -c Release --project bench/CodeExecGen.IdeCost -- <output.json> <rounds> <name>=<project.csproj> ...
//   the first project is the baseline every ratio is taken against (bench/rebuild/measure.sh passes the empty app)
// dotnet run -c Release --project bench/CodeExecGen.IdeCost -- --dry <project.csproj>
//   one round of one project, no warm-up, printed: CI runs it so that the tool cannot rot
const string Dry = "--dry";

// Before any MSBuildWorkspace type is loaded: the SDK that builds the projects also evaluates them here.
MSBuildLocator.RegisterDefaults();

if (args.Length == 2 && args[0] == Dry)
{
    return await Measurement.RunAsync(output: null, rounds: 1, warmUp: false, [new Consumer("dry", System.IO.Path.GetFullPath(args[1]))]);
}

if (args.Length < 4 || !int.TryParse(args[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rounds))
{
    Console.Error.WriteLine("usage: <output.json> <rounds> <name>=<project.csproj> <name>=<project.csproj> ... | --dry <project.csproj>");
    return 2;
}

return await Measurement.RunAsync(args[0], rounds, warmUp: true, args.Skip(2).Select(Consumer.Parse).ToArray());
