using Moq;
using SupportSignals.Events;
using SupportSignals.Processing;

namespace SupportSignals.Tests.Processing;

public sealed class EventProcessorTests
{
    private static readonly CanonicalEvent UnplacedDeal = new()
    {
        Id = "d1",
        Source = "crm",
        Type = EventType.DealWon,
        OccurredAt = DateTimeOffset.UnixEpoch,
        Deal = new DealInfo { Id = "D1" },
        LookUpInSource = true,
    };

    private readonly Mock<IEventProjection> _projection = new();

    [Fact]
    public async Task Projections_see_the_event_as_its_source_completed_it()
    {
        var placed = UnplacedDeal with { AccountId = "acc-1", LookUpInSource = false };
        var completion = new Mock<IEventCompletion>();
        completion.Setup(c => c.CompleteAsync(UnplacedDeal, It.IsAny<CancellationToken>())).ReturnsAsync(placed);

        await new EventProcessor([_projection.Object], [completion.Object]).ProcessAsync(UnplacedDeal);

        _projection.Verify(p => p.ProjectAsync(placed, It.IsAny<KnownRecords>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_deal_still_waiting_for_its_look_up_reaches_no_projection()
    {
        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => new EventProcessor([_projection.Object], []).ProcessAsync(UnplacedDeal));

        Assert.Contains("event d1 from crm waits for a look-up", failure.Message);
        _projection.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(true, null, null)]
    [InlineData(false, null, "accountId is required")]
    [InlineData(false, "acc-1", null)]
    public void Only_a_deal_marked_for_look_up_may_arrive_without_an_account(bool lookUp, string? account, string? problem) =>
        Assert.Equal(problem, EventValidation.Problem(UnplacedDeal with { AccountId = account, LookUpInSource = lookUp }));
}
