using SupportSignals.Events;
using SupportSignals.Webhooks;

namespace SupportSignals.Tests.Webhooks;

/// <summary>
/// Example payloads quoted from vendors' own pages and SDK tests (trimmed where noted), so normalisation is checked
/// against what the vendor says it sends rather than against shapes we wrote ourselves.
/// </summary>
public sealed class PublishedPayloadTests
{
    private static Normalisation Normalise(string source, string body) =>
        VendorSigning.Source(source).Normalise(VendorSigning.Request(source, body, []), VendorSigning.Options(source));

    /// <summary>
    /// https://app.delighted.com/docs/api/webhooks, "Example request body for a survey_response object"; the
    /// additional_answers array is left out (we do not read it) and the page regenerates its timestamps, so these are
    /// one capture's values.
    /// </summary>
    private const string DelightedDocsExample = """
        {
          "event_type": "survey_response.updated",
          "event_id": "b8d057c59327541d7ec2104c0a9a255ad1997fb00831b9c6bbf09561e6d5cbd0",
          "event_data": {
            "id": "5435",
            "person": {
              "id": "5975",
              "email": "charlie_gravis@example.com",
              "name": "Charlie Gravis",
              "created_at": 1732186784
            },
            "survey_type": "nps",
            "score": 9,
            "comment": "Your service is fast and flawless!",
            "permalink": "https://app.delighted.com/r/5pFDpmlyC8GUc5oxU6USto5VonSKAqOa",
            "created_at": 1732186844,
            "updated_at": 1732187444,
            "person_properties": null,
            "notes": [],
            "tags": []
          }
        }
        """;

    [Fact]
    public void Delighted_docs_example_is_an_NPS_response_with_its_comment_keyed_by_response_and_update_time()
    {
        var result = Normalise("delighted", DelightedDocsExample);
        Assert.Empty(result.Rejected);
        var e = Assert.Single(result.Events);
        Assert.Equal((EventType.NpsResponded, "5435:1732187444", "5975", (string?)null), (e.Type, e.Id, e.ContactId, e.AccountId));
        Assert.Equal((9, "Your service is fast and flawless!"), (e.Nps!.Score, e.Nps.Comment));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1732187444), e.OccurredAt);
    }

    /// <summary>
    /// Deliveries of types we do not map are acknowledged without events, not refused (a refusal makes the vendor
    /// retry): Stripe's customer.created fixture from stripe-dotnet (the body of the published Stripe vector), and the
    /// contact.creation batch in HubSpot/hubspot-api-nodejs test/unit/signature.spec.ts @ 39d11e5d36dc8fe2195548494548469b14a750c8.
    /// </summary>
    [Theory]
    [InlineData("stripe", null)]
    [InlineData("hubspot", """[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]""")]
    public void Published_deliveries_of_types_we_do_not_map_are_accepted_without_events(string source, string? body)
    {
        var result = Normalise(source, body ?? PublishedVectors.All.First(v => v.Source == "stripe").Body);
        Assert.Null(result.Malformed);
        Assert.Empty(result.Events);
        Assert.Empty(result.Rejected);
    }
}
