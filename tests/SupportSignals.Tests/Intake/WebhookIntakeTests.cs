using System.Text;
using Moq;
using SupportSignals.Events;
using SupportSignals.Intake;
using SupportSignals.Processing;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.Generic;

namespace SupportSignals.Tests.Intake;

/// <summary>The intake's decisions, with its storage ports mocked: what is stored, queued, and answered.</summary>
public sealed class WebhookIntakeTests
{
    private const string Secret = "unit-secret-0123456789";
    private readonly Mock<IDeliveryArchive> _archive = new();
    private readonly Mock<IInbox> _inbox = new();
    private readonly Mock<IEventQueue> _queue = new();
    private readonly Mock<IPoisonStore> _poison = new();
    private readonly WebhookIntake _intake;

    public WebhookIntakeTests()
    {
        var sources = new WebhookSources(KnownSources.All, new Dictionary<string, SourceOptions> { ["generic"] = new() { Secret = Secret } });
        _intake = new WebhookIntake(sources, _archive.Object, new EventAdmission(_inbox.Object, _queue.Object), _poison.Object);
        ArchiveWrites(Task.CompletedTask);
    }

    private void ArchiveWrites(Task written, Action<RawDelivery>? onStore = null) =>
        _archive.Setup(a => a.Store(It.IsAny<RawDelivery>())).Returns<RawDelivery>(d =>
        {
            onStore?.Invoke(d);
            return new ArchivedDelivery("20261123101010101-abc.0", written);
        });

    private static WebhookRequest Signed(string json, string source = "generic", string contentType = "application/json")
    {
        var body = Encoding.UTF8.GetBytes(json);
        var now = DateTimeOffset.UtcNow;
        return new WebhookRequest
        {
            Source = source,
            Url = new Uri("http://localhost/api/webhooks/" + source),
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [GenericSource.TimestampHeader] = $"{now.ToUnixTimeSeconds()}",
                [GenericSource.SignatureHeader] = GenericSource.Sign(Secret, now.ToUnixTimeSeconds(), body),
                ["Authorization"] = "Basic c2VjcmV0",
            },
            ContentType = contentType,
            Body = body,
            ReceivedAt = now,
        };
    }

    private void InboxAnswers(params Admission[] admissions) =>
        _inbox.Setup(i => i.AdmitAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>())).ReturnsAsync(admissions);

    [Fact]
    public async Task Every_event_is_queued_and_the_sender_hears_which_were_duplicates()
    {
        InboxAnswers(Admission.New, Admission.Duplicate, Admission.Duplicate);
        IReadOnlyList<CanonicalEvent>? queued = null;
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyList<CanonicalEvent>, CancellationToken>((events, _) => queued = events);

        var outcome = await _intake.AcceptAsync(Signed($"[{TestSupport.GenericWebhooks.NpsEvent("a", 9)},{TestSupport.GenericWebhooks.NpsEvent("b", 9)},{TestSupport.GenericWebhooks.NpsEvent("c", 9)}]"));

        var accepted = Assert.IsType<IntakeOutcome.Accepted>(outcome);
        Assert.Equal((3, 2, false), (accepted.Events, accepted.Duplicates, accepted.Duplicate));
        Assert.Equal(["a", "b", "c"], queued!.Select(e => e.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task The_sender_is_answered_only_once_the_raw_copy_the_inbox_row_and_the_queue_message_are_all_stored(int lastToFinish)
    {
        var writes = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        RawDelivery? archived = null;
        ArchiveWrites(writes[0].Task, d => archived = d);
        string? inboxedAs = null;
        _inbox.Setup(i => i.AdmitAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>()))
            .Returns<string, IReadOnlyList<CanonicalEvent>, CancellationToken>(async (deliveryId, _, _) =>
            {
                inboxedAs = deliveryId;
                await writes[1].Task;
                return [Admission.New];
            });
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>())).Returns(writes[2].Task);

        var accepting = _intake.AcceptAsync(Signed(TestSupport.GenericWebhooks.NpsEvent("a", 9)));
        foreach (var write in writes.Where((_, i) => i != lastToFinish)) write.SetResult();
        await Task.Delay(50);

        Assert.False(accepting.IsCompleted);
        writes[lastToFinish].SetResult();
        var accepted = Assert.IsType<IntakeOutcome.Accepted>(await accepting);
        Assert.Equal("20261123101010101-abc.0", accepted.DeliveryId);
        Assert.Equal(accepted.DeliveryId, inboxedAs);
        Assert.True(archived!.Headers.ContainsKey(GenericSource.SignatureHeader));
        Assert.False(archived.Headers.ContainsKey("Authorization"));
    }

    [Theory]
    [InlineData("archive")]
    [InlineData("inbox")]
    [InlineData("queue")]
    public async Task A_failure_of_any_of_the_three_writes_is_a_503_never_an_acceptance(string failing)
    {
        var down = new StorageUnavailableException("down");
        ArchiveWrites(failing == "archive" ? Task.FromException(down) : Task.CompletedTask);
        if (failing == "inbox")
            _inbox.Setup(i => i.AdmitAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>())).ThrowsAsync(down);
        else
            InboxAnswers(Admission.New);
        if (failing == "queue")
            _queue.Setup(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>())).ThrowsAsync(down);

        var outcome = await _intake.AcceptAsync(Signed(TestSupport.GenericWebhooks.NpsEvent("a", 9)));

        var refused = Assert.IsType<IntakeOutcome.Refused>(outcome);
        Assert.Equal(503, refused.Problem.Status);
        Assert.Equal(WebhookIntake.RetryAfterSeconds, refused.Problem.RetryAfterSeconds);
    }

    [Theory]
    [InlineData("zendesk", "application/json", 404)]
    [InlineData("generic", "text/plain", 415)]
    [InlineData("generic", "application/json; charset=utf-8", 202)]
    public async Task Source_and_content_type_are_checked_before_anything_is_stored(string source, string contentType, int status)
    {
        InboxAnswers(Admission.New);
        var outcome = await _intake.AcceptAsync(Signed(TestSupport.GenericWebhooks.NpsEvent("a", 9), source, contentType));
        Assert.Equal(status, outcome is IntakeOutcome.Refused r ? r.Problem.Status : 202);
        if (status != 202) _archive.VerifyNoOtherCalls();
    }

    [Fact]
    public void An_unresolved_Key_Vault_reference_is_never_used_as_a_secret()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new WebhookSources(KnownSources.All, new Dictionary<string, SourceOptions>
        {
            ["generic"] = new() { Secret = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/generic/)" },
        }));
        Assert.Contains("Webhooks__generic__Secret is an unresolved Key Vault reference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unresolved_Key_Vault_reference_in_a_setting_stops_start_up_too()
    {
        var hubSpot = new SourceOptions { Secret = "hubspot-client-secret" };
        hubSpot.Settings["AccessToken"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/hubspot-token/)";
        var error = Assert.Throws<InvalidOperationException>(() => new WebhookSources(KnownSources.All, new Dictionary<string, SourceOptions> { ["hubspot"] = hubSpot }));
        Assert.Contains("Webhooks__hubspot__Settings__AccessToken is an unresolved Key Vault reference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enabled_source_with_an_empty_secret_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new WebhookSources(KnownSources.All, new Dictionary<string, SourceOptions> { ["generic"] = new() { Secret = "" } }));
        Assert.Contains("Webhooks__generic__Secret", error.Message, StringComparison.Ordinal);
    }
}
