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
    public async Task New_and_pending_events_are_queued_but_processed_duplicates_are_not()
    {
        InboxAnswers(Admission.New, Admission.DuplicatePending, Admission.DuplicateProcessed);
        IReadOnlyList<CanonicalEvent>? queued = null;
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyList<CanonicalEvent>, CancellationToken>((events, _) => queued = events);

        var outcome = await _intake.AcceptAsync(Signed($"[{TestSupport.GenericWebhooks.NpsEvent("a", 9)},{TestSupport.GenericWebhooks.NpsEvent("b", 9)},{TestSupport.GenericWebhooks.NpsEvent("c", 9)}]"));

        var accepted = Assert.IsType<IntakeOutcome.Accepted>(outcome);
        Assert.Equal((3, 2, false), (accepted.Events, accepted.Duplicates, accepted.Duplicate));
        Assert.Equal(["a", "b"], queued!.Select(e => e.Id));
    }

    [Fact]
    public async Task Nothing_is_queued_before_the_raw_delivery_is_durable_and_credentials_are_not_archived()
    {
        var archiveWrite = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        RawDelivery? archived = null;
        ArchiveWrites(archiveWrite.Task, d => archived = d);
        var inboxed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _inbox.Setup(i => i.AdmitAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>()))
            .Callback<string, IReadOnlyList<CanonicalEvent>, CancellationToken>((deliveryId, _, _) => inboxed.SetResult(deliveryId))
            .ReturnsAsync([Admission.New]);

        var accepting = _intake.AcceptAsync(Signed(TestSupport.GenericWebhooks.NpsEvent("a", 9)));

        Assert.Equal("20261123101010101-abc.0", await inboxed.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(accepting.IsCompleted);
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>()), Times.Never);
        archiveWrite.SetResult();
        var accepted = Assert.IsType<IntakeOutcome.Accepted>(await accepting);
        Assert.Equal("20261123101010101-abc.0", accepted.DeliveryId);
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(archived!.Headers.ContainsKey(GenericSource.SignatureHeader));
        Assert.False(archived.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task A_failed_archive_write_is_a_503_and_nothing_is_queued()
    {
        ArchiveWrites(Task.FromException(new StorageUnavailableException("down")));
        InboxAnswers(Admission.New);

        var outcome = await _intake.AcceptAsync(Signed(TestSupport.GenericWebhooks.NpsEvent("a", 9)));

        Assert.Equal(503, Assert.IsType<IntakeOutcome.Refused>(outcome).Problem.Status);
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Storage_failure_is_a_503_problem_never_an_acceptance()
    {
        InboxAnswers(Admission.New);
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<IReadOnlyList<CanonicalEvent>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new StorageUnavailableException("down"));

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
    public void An_enabled_source_with_an_empty_secret_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new WebhookSources(KnownSources.All, new Dictionary<string, SourceOptions> { ["generic"] = new() { Secret = "" } }));
        Assert.Contains("Webhooks__generic__Secret", error.Message, StringComparison.Ordinal);
    }
}
