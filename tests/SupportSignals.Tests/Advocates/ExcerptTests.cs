using SupportSignals.Advocates;

namespace SupportSignals.Tests.Advocates;

public sealed class ExcerptTests
{
    [Fact]
    public void A_short_text_is_quoted_whole_with_the_span_marked()
    {
        var excerpt = Excerpt.Of("Support was quick.", 12, 5);

        Assert.Equal(new Excerpt("Support was quick.", 12, 5), excerpt);
        Assert.Equal("Support was «quick».", excerpt.Marked);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_span_with_ellipses_and_the_offset_follows()
    {
        var text = new string('a', 500) + "helpful agent" + new string('b', 500);

        var excerpt = Excerpt.Of(text, 500, 13);

        Assert.StartsWith(Excerpt.Ellipsis, excerpt.Text, StringComparison.Ordinal);
        Assert.EndsWith(Excerpt.Ellipsis, excerpt.Text, StringComparison.Ordinal);
        Assert.Equal(Excerpt.MaxLength + 2, excerpt.Text.Length);
        Assert.Equal("helpful agent", excerpt.Text.Substring(excerpt.HighlightOffset!.Value, excerpt.HighlightLength!.Value));
        Assert.Contains("«helpful agent»", excerpt.Marked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(10, 50)]
    [InlineData(0, 0)]
    public void A_span_outside_the_text_is_not_highlighted(int offset, int length)
    {
        var excerpt = Excerpt.Of("Short text.", offset, length);

        Assert.Null(excerpt.HighlightOffset);
        Assert.Equal("Short text.", excerpt.Marked);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(302)]
    public void A_cut_never_splits_a_surrogate_pair(int? offset)
    {
        // "x" first, so that cuts at even positions fall between the two halves of an emoji.
        var text = "x" + string.Concat(Enumerable.Repeat("😀", 300));

        var excerpt = Excerpt.Of(text, offset, offset is null ? null : 2);

        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.Equal(excerpt.Text, strict.GetString(strict.GetBytes(excerpt.Text)));
        Assert.True(excerpt.Text.Length < text.Length);
    }
}
