using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Advocates;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Intake;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Tickets;
using static SupportSignals.Tests.Advocates.HostCalls;

namespace SupportSignals.Tests.Privacy;

/// <summary>DELETE /api/contacts/{id} through the real host on Azurite: every table checked afterwards.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ContactErasureEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Comment = "Ada here: support answered within minutes.";
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRecordStore<T> Store<T>() where T : class => _host.Services.GetRequiredService<IRecordStore<T>>();

    [Fact]
    public async Task Erasure_removes_the_contacts_personal_data_from_every_table_and_keeps_the_figures_and_the_colleagues_data()
    {
        await PostAsync(_host, Customer("acc-1"));
        CanonicalEvent[] ownEvents =
        [
            Contact("con-1") with { Contact = new ContactInfo { Name = "Ada Lovelace", Email = "ada@acme.example" } },
            Nps("n-1", "con-1", 10, 3, Comment),
            Event("r-1", EventType.ReviewPublished, 2, "con-1") with { Review = new ReviewInfo { Id = "R-1", Stars = 5, Title = "Ada's view", Text = "Ada loves it" } },
            Event("t-1", EventType.TicketCreated, 5, "con-1") with { Ticket = new TicketInfo { Id = "T-1", Subject = "Ada's export", Text = "Ada cannot export", Status = TicketStatus.Solved } },
        ];
        var own = await PostAsync(_host, ownEvents);
        // A sender's retry: its raw copy is archived too.
        var ownRetried = await PostAsync(_host, ownEvents[1]);
        // Over 48 KiB: this delivery's body is kept in a blob.
        var large = await PostAsync(_host, [.. Enumerable.Range(0, 120).Select(i =>
            Event($"c-{i}", EventType.CsatRated, 4, "con-1") with { Csat = new CsatInfo { TicketId = $"T-{i}", Value = "good", Scale = "good_bad", Satisfied = true, Comment = "Ada says thanks " + new string('!', 500) } })]);
        var colleague = await PostAsync(_host, Contact("con-2"), Nps("n-2", "con-2", 9, 3, "Colleague comment."));
        await DrainedAsync(_host);
        var analysis = new FeedbackAnalysis
        {
            Kind = FeedbackKind.Nps,
            Source = "generic",
            FeedbackId = "n-1",
            AccountId = "acc-1",
            ContactId = "con-1",
            Score = 10,
            GivenAt = DaysAgo(3),
            Text = Comment,
            Language = "en",
            Polarity = Polarity.Positive,
            MentionsService = true,
            ServicePolarity = Polarity.Positive,
            AnalysedAt = DateTimeOffset.UtcNow,
            Mentions = [new ServiceMention("answered within minutes", 19, 23, Polarity.Positive, 0.9, ServiceCategory.Speed, "support")],
        };
        await Store<FeedbackAnalysis>().UpsertAsync(FeedbackAnalysis.PartitionOf(FeedbackKind.Nps, "generic"), "n-1", analysis);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(_host, HttpMethod.Post, "/api/advocates/con-1/asked", """{"purpose":"review","note":"Ada said yes"}""")).StatusCode);

        var response = await SendAsync(_host, HttpMethod.Delete, "/api/contacts/con-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        // The pipeline analyses every comment it processes (the NPS comment, the review and the 120 CSAT remarks).
        Assert.Equal((1, 1, 1, 120, 1, 122, 3, 1), (Count("Contacts"), Count("NpsResponses"), Count("Reviews"), Count("CsatRatings"), Count("Tickets"), Count("FeedbackAnalyses"), Count("Deliveries"), Count("AdvocateAsks")));
        Assert.Equal(124, Count("Events"));

        Assert.Null(await Store<ContactState>().FindAsync("con-1", ContactState.Row));
        Assert.Equal("Person con-2", (await Store<ContactState>().FindAsync("con-2", ContactState.Row))!.Name);

        var nps = await Store<NpsResponse>().FindAsync("generic", "n-1");
        Assert.Equal((10, (string?)null, (string?)null, "acc-1"), (nps!.Score, nps.Comment, nps.ContactId, nps.AccountId));
        Assert.Equal("Colleague comment.", (await Store<NpsResponse>().FindAsync("generic", "n-2"))!.Comment);
        var review = await Store<Review>().FindAsync("generic", "R-1");
        Assert.Equal((5, (string?)null, (string?)null, (string?)null), (review!.Stars, review.Title, review.Text, review.ContactId));
        var rating = await Store<CsatRating>().FindAsync("generic", "T-7");
        Assert.Equal((true, (string?)null, (string?)null), (rating!.Satisfied, rating.Comment, rating.ContactId));
        var ticket = await Store<TicketState>().FindAsync(TicketState.PartitionOf("generic", "T-1"), TicketState.Row);
        Assert.Equal((TicketStatus.Solved, (string?)null, (string?)null), (ticket!.Status, ticket.Subject, ticket.ContactId));
        var scrubbed = await Store<FeedbackAnalysis>().FindAsync(FeedbackAnalysis.PartitionOf(FeedbackKind.Nps, "generic"), "n-1");
        Assert.Equal(("", Polarity.Positive, ServiceCategory.Speed, ""), (scrubbed!.Text, scrubbed.ServicePolarity, scrubbed.Mentions[0].Category, scrubbed.Mentions[0].Text));

        var log = await Store<StoredEvent>().QueryAsync(RecordQuery.InPartition("acc-1")).ToListAsync();
        Assert.All(log.Select(e => e.Json), json => Assert.DoesNotContain("Ada", json, StringComparison.Ordinal));
        Assert.DoesNotContain(log, e => e.ToEvent().ContactId == "con-1");
        Assert.Contains(log, e => e.ToEvent() is { ContactId: "con-2", Nps.Comment: "Colleague comment." });

        var archive = _host.Services.GetRequiredService<IDeliveryArchive>();
        Assert.Null(await archive.FindAsync("generic", own));
        Assert.Null(await archive.FindAsync("generic", ownRetried));
        Assert.Null(await archive.FindAsync("generic", large));
        Assert.NotNull(await archive.FindAsync("generic", colleague));
        var blobs = _host.Storage.Blobs.GetBlobContainerClient(_host.Storage.Options.Lower("deliveries"));
        Assert.False((await blobs.GetBlobClient($"generic/{large}").ExistsAsync()).Value);

        var byContact = new RecordQuery { Where = new Dictionary<string, object> { ["contactId"] = "con-1" } };
        Assert.Empty(await Store<AdvocateAsk>().QueryAsync(byContact).ToListAsync());
        Assert.Empty(await Store<AdvocateSignal>().QueryAsync(byContact).ToListAsync());
        Assert.Equal(["con-2"], Ids(await GetJsonAsync(_host, "/api/advocates?explain=true")));

        int Count(string table) => rows.GetProperty(table).GetInt32();
    }

    [Fact]
    public async Task An_opt_out_outlives_the_erasure_so_new_praise_from_the_same_contact_is_still_excluded()
    {
        await PostAsync(_host, Customer("acc-1"), Contact("con-3"), Nps("n-3", "con-3", 10, 5, "Great support."));
        await DrainedAsync(_host);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(_host, HttpMethod.Post, "/api/contacts/con-3/opt-out")).StatusCode);

        var erased = await (await SendAsync(_host, HttpMethod.Delete, "/api/contacts/con-3")).Content.ReadFromJsonAsync<JsonElement>();
        await PostAsync(_host, Nps("n-4", "con-3", 10, 1, "Still great."));
        await DrainedAsync(_host);

        Assert.True(erased.GetProperty("optOutKept").GetBoolean());
        var bare = await Store<ContactState>().FindAsync("con-3", ContactState.Row);
        Assert.Equal((true, (string?)null, (string?)null), (bare!.Unsubscribed, bare.Name, bare.Email));
        var list = await GetJsonAsync(_host, "/api/advocates?explain=true");
        Assert.Empty(Ids(list));
        var excluded = Assert.Single(list.GetProperty("excluded").EnumerateArray());
        Assert.Equal(ExclusionCode.Unsubscribed, excluded.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Erasing_an_unknown_contact_changes_nothing()
    {
        await PostAsync(_host, Customer("acc-1"), Contact("con-1"), Nps("n-1", "con-1", 10, 3, Comment));
        await DrainedAsync(_host);

        var report = await (await SendAsync(_host, HttpMethod.Delete, "/api/contacts/nobody")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, report.GetProperty("total").GetInt32());
        Assert.Equal(Comment, (await Store<NpsResponse>().FindAsync("generic", "n-1"))!.Comment);
    }
}
