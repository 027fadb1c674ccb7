using SupportSignals.Advocates;

namespace SupportSignals.Tests.Advocates;

public sealed class AdvocateCursorTests
{
    [Fact]
    public void A_cursor_round_trips_through_its_token()
    {
        var cursor = new AdvocateCursor(new DateTimeOffset(2026, 11, 22, 12, 0, 0, 123, TimeSpan.Zero), 87.35, "con|7");

        Assert.Equal(cursor, AdvocateCursor.Decode(cursor.Encode()));
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("bm9waXBlcw")]
    [InlineData("MTIzfGFiY3xjb24")]
    public void A_token_it_did_not_issue_is_refused(string token) => Assert.Null(AdvocateCursor.Decode(token));
}
