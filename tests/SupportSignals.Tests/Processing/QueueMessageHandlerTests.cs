using Microsoft.Extensions.Time.Testing;
using Moq;
using SupportSignals.Events;
using SupportSignals.Intake;
using SupportSignals.Processing;

namespace SupportSignals.Tests.Processing;

public sealed class QueueMessageHandlerTests
{
    private readonly Mock<IEventProjection> _projection = new();
    private readonly Mock<IPoisonStore> _poison = new();
    private readonly QueueMessageHandler _handler;
    private readonly string _body = EventJson.Serialize(TestSupport.Events.Nps("e1", "r1", 1, 9, "fine"));

    public QueueMessageHandlerTests() =>
        _handler = new QueueMessageHandler(new EventProcessor([_projection.Object], []), _poison.Object, new FakeTimeProvider());

    [Fact]
    public async Task A_processed_event_is_completed_after_its_projections_ran()
    {
        Assert.IsType<Settlement.Complete>(await _handler.HandleAsync("m", _body, 1, 3));
        _projection.Verify(p => p.ProjectAsync(It.Is<CanonicalEvent>(e => e.Id == "e1"), It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_failure_is_retried_until_the_last_attempt_then_poisoned_with_its_reason()
    {
        _projection.Setup(p => p.ProjectAsync(It.IsAny<CanonicalEvent>(), It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("boom"));
        PoisonRecord? poisoned = null;
        _poison.Setup(p => p.AddAsync(It.IsAny<PoisonRecord>(), It.IsAny<CancellationToken>())).Callback<PoisonRecord, CancellationToken>((r, _) => poisoned = r);

        Assert.IsType<Settlement.Retry>(await _handler.HandleAsync("m", _body, 2, 3));
        Assert.Null(poisoned);
        var last = Assert.IsType<Settlement.DeadLetter>(await _handler.HandleAsync("m", _body, 3, 3));

        Assert.Equal("InvalidOperationException: boom", last.Reason);
        Assert.Equal((PoisonKind.Processing, "e1", 3, _body), (poisoned!.Kind, poisoned.EventId, poisoned.Attempts, poisoned.Payload));
    }

    [Fact]
    public async Task A_storage_outage_is_retried_past_the_attempt_limit_and_never_poisoned()
    {
        _projection.Setup(p => p.ProjectAsync(It.IsAny<CanonicalEvent>(), It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>())).ThrowsAsync(new StorageUnavailableException("down"));
        Assert.IsType<Settlement.Retry>(await _handler.HandleAsync("m", _body, 9, 3));
        _poison.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task In_a_packed_message_only_the_failing_event_is_poisoned()
    {
        var good = TestSupport.Events.Nps("good", "r2", 1, 9, null);
        _projection.Setup(p => p.ProjectAsync(It.Is<CanonicalEvent>(e => e.Id == "e1"), It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("bad one"));
        var packed = $"[{_body},{EventJson.Serialize(good)}]";

        Assert.IsType<Settlement.DeadLetter>(await _handler.HandleAsync("m", packed, 3, 3));

        _poison.Verify(p => p.AddAsync(It.Is<PoisonRecord>(r => r.EventId == "e1" && r.Id == "m-0"), It.IsAny<CancellationToken>()), Times.Once);
        _poison.Verify(p => p.AddAsync(It.Is<PoisonRecord>(r => r.EventId == "good"), It.IsAny<CancellationToken>()), Times.Never);
        _projection.Verify(p => p.ProjectAsync(It.Is<CanonicalEvent>(e => e.Id == "good"), It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_message_that_is_not_an_event_is_poisoned_at_once()
    {
        Assert.IsType<Settlement.DeadLetter>(await _handler.HandleAsync("m", "not json", 1, 5));
        _poison.Verify(p => p.AddAsync(It.Is<PoisonRecord>(r => r.Payload == "not json"), It.IsAny<CancellationToken>()), Times.Once);
    }
}
