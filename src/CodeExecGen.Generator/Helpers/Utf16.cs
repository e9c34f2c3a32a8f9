namespace CodeExecGen.Generator.Helpers;

internal static class Utf16
{
    /// <summary>
    /// True when the text is not well-formed UTF-16 (a lone surrogate, which a JSON \u escape can
    /// produce): it has no UTF-8 form, so it can be neither a u8 literal nor a JsonEncodedText.
    /// </summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
