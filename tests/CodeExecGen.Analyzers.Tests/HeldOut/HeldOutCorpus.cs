using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Analyzers.Tests.Corpus;

namespace CodeExecGen.Analyzers.Tests.HeldOut;

/// <summary>
/// Public code the analyzer was not developed on: snippets from repositories the real-world corpus does not
/// use, collected and labelled by the README's rule from what each original means, and committed before
/// any analyzer ran on them (batches by ecosystem, each from its own collector). A label is never changed
/// after seeing a verdict; a label fix cites the original in its commit message.
/// </summary>
public static class HeldOutCorpus
{
    /// <summary>
    /// The first round (batches A to D), labelled and committed before the analyzer was changed. The analyzer
    /// was then corrected where it missed on this round, so it is no longer unseen.
    /// </summary>
    public static readonly IReadOnlyList<Snippet> FirstRound =
        HeldOutBatchA.Snippets.Concat(HeldOutBatchB.Snippets).Concat(HeldOutBatchC.Snippets).Concat(HeldOutBatchD.Snippets).ToList();

    /// <summary>
    /// The second round (batches E and F), from yet other repositories, labelled and committed after those
    /// corrections and before the analyzer ran on them: the unseen check of the corrected analyzer.
    /// </summary>
    public static readonly IReadOnlyList<Snippet> SecondRound = HeldOutBatchE.Snippets.Concat(HeldOutBatchF.Snippets).ToList();

    public static readonly IReadOnlyList<Snippet> Snippets = FirstRound.Concat(SecondRound).ToList();

    public static IEnumerable<object[]> Cases => Snippets.Select(s => new object[] { s });

    /// <summary>The language of the original, from its file name (a notebook is Python, a README's sample is named by the snippet's collector).</summary>
    public static string LanguageOf(Snippet snippet)
    {
        var path = snippet.Source.Split(' ')[1];
        var extension = path.Substring(path.LastIndexOf('.') + 1).ToLowerInvariant();
        return extension switch
        {
            "py" or "ipynb" => "Python",
            "ts" or "tsx" or "mts" => "TypeScript",
            "js" or "jsx" or "mjs" or "cjs" or "vue" or "svelte" => "JavaScript",
            "go" => "Go",
            "java" => "Java",
            "kt" or "kts" => "Kotlin",
            "rs" => "Rust",
            "cs" or "razor" => "C#",
            "php" => "PHP",
            "rb" => "Ruby",
            "swift" => "Swift",
            "dart" => "Dart",
            _ => "other (" + extension + ")",
        };
    }
}
