using System.Buffers.Text;
using System.Text;
using SupportSignals.Api.Responses;

namespace SupportSignals.Tests.Responses;

public sealed class ContinuationTokenTests
{
    private const string StoreToken = "1!8!cG9pc29u 1!8!bS0z";

    [Fact]
    public void A_sealed_token_opens_to_the_store_token_on_its_own_list()
    {
        var token = ContinuationToken.Seal(StoreToken, "/api/poison");

        Assert.Equal(StoreToken, ContinuationToken.Open(token, "/api/poison"));
        Assert.DoesNotContain(' ', token);
    }

    [Fact]
    public void A_token_of_another_list_does_not_open()
    {
        var token = ContinuationToken.Seal(StoreToken, "/api/poison");

        Assert.Null(ContinuationToken.Open(token, "/api/sqls"));
    }

    [Theory]
    [InlineData("1!8!cG9pc29u 1!8!bS0z")]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("")]
    public void A_raw_store_token_or_garbage_does_not_open(string token) =>
        Assert.Null(ContinuationToken.Open(token, "/api/poison"));

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(-1)]
    public void A_token_damaged_anywhere_does_not_open(int index)
    {
        var bytes = Base64Url.DecodeFromChars(ContinuationToken.Seal(StoreToken, "/api/poison"));
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x40;

        Assert.Null(ContinuationToken.Open(Base64Url.EncodeToString(bytes), "/api/poison"));
    }

    [Fact]
    public void A_token_cut_short_does_not_open()
    {
        var token = ContinuationToken.Seal(StoreToken, "/api/poison");

        Assert.Null(ContinuationToken.Open(token[..^2], "/api/poison"));
    }

    [Fact]
    public void A_store_token_outside_ASCII_survives_the_round_trip()
    {
        var storeToken = Encoding.UTF8.GetString([0x70, 0xC3, 0xA9, 0x20, 0x72]);

        Assert.Equal(storeToken, ContinuationToken.Open(ContinuationToken.Seal(storeToken, "/api/poison"), "/api/poison"));
    }
}
