using System.Net.Http.Json;
using System.Text.Json;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Sentiment;

/// <summary>NPS comments through the real host and the embedded analyzer, into FeedbackAnalyses, read back by the API.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SentimentPipelineEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_comment_praising_the_product_and_blaming_support_is_stored_with_a_negative_service_mention()
    {
        await GenericWebhooks.PostAsync(_host.Client, GenericWebhooks.NpsEvent("sent-1", 6, "The product is great but support never answered my ticket."));
        await GenericWebhooks.PostAsync(_host.Client, GenericWebhooks.NpsEvent("sent-2", 10, "Поддержка ответила очень быстро, спасибо!"));

        var body = await Eventually.ReturnsAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/mentions?kind=nps&serviceOnly=true");
            request.Headers.Add("x-functions-key", RunningHost.ApiKey);
            return await (await _host.Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        }, b => b.GetProperty("items").GetArrayLength() == 2);

        var items = body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("feedbackId").GetString()!);
        Assert.Equal(("en", "negative"), (items["sent-1"].GetProperty("language").GetString(), items["sent-1"].GetProperty("servicePolarity").GetString()));
        var mention = items["sent-1"].GetProperty("mentions")[0];
        Assert.Contains("support", mention.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(("ru", "positive"), (items["sent-2"].GetProperty("language").GetString(), items["sent-2"].GetProperty("servicePolarity").GetString()));
    }
}
