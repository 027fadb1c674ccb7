namespace SupportSignals.Advocates;

/// <summary>
/// A short quote of the evidence (at most <see cref="MaxLength"/> characters plus ellipses) with the praised span
/// located in it: <see cref="HighlightOffset"/> and <see cref="HighlightLength"/> count UTF-16 code units of
/// <see cref="Text"/>; <see cref="Marked"/> wraps the span in « ».
/// </summary>
public sealed record Excerpt(string Text, int? HighlightOffset, int? HighlightLength)
{
    public const int MaxLength = 240;
    public const string Ellipsis = "…";

    public string Marked => HighlightOffset is { } offset && HighlightLength is { } length
        ? $"{Text[..offset]}«{Text.Substring(offset, length)}»{Text[(offset + length)..]}"
        : Text;

    /// <param name="offset">Start of the span to highlight in <paramref name="text"/>; ignored when it lies outside.</param>
    public static Excerpt Of(string text, int? offset = null, int? length = null)
    {
        var span = offset is { } o && length is { } l && o >= 0 && l > 0 && o + l <= text.Length ? (Start: o, End: o + l) : ((int Start, int End)?)null;
        int start = 0, end = text.Length;
        if (text.Length > MaxLength)
        {
            // Centre the window on the span, so the praise is what the reader sees.
            var context = span is { } s ? (MaxLength - Math.Min(s.End - s.Start, MaxLength)) / 2 : 0;
            start = span is { } centred ? Math.Max(0, centred.Start - context) : 0;
            end = Math.Min(text.Length, start + MaxLength);
            start = Math.Max(0, end - MaxLength);
            if (start > 0 && char.IsLowSurrogate(text[start])) start++;
            if (end < text.Length && char.IsLowSurrogate(text[end])) end--;
        }
        var prefix = start > 0 ? Ellipsis : "";
        var quoted = prefix + text[start..end] + (end < text.Length ? Ellipsis : "");
        if (span is not { } highlight || highlight.End <= start || highlight.Start >= end) return new Excerpt(quoted, null, null);
        var from = Math.Max(highlight.Start, start);
        return new Excerpt(quoted, prefix.Length + from - start, Math.Min(highlight.End, end) - from);
    }
}
