using SupportSignals.Events;
using SupportSignals.Tickets;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Tickets;

public sealed class TicketStateTests
{
    private static TicketState Replay(params CanonicalEvent[] events) =>
        events.Aggregate((TicketState?)null, (state, e) => TicketState.Apply(state, e) ?? state)!;

    [Fact]
    public void First_response_counts_only_public_agent_replies_whatever_the_arrival_order()
    {
        var events = new[]
        {
            Ticket("c", "T", 0, hour: 1),
            Reply("note", "T", 0, hour: 1.5, isPublic: false),
            Reply("r2", "T", 0, hour: 4),
            Reply("r1", "T", 0, hour: 2),
        };
        var state = Replay(events);
        Assert.Equal(Day0.AddHours(2), state.FirstPublicReplyAt);
        Assert.Equal(state, Replay([.. events.Reverse()]));
    }

    [Fact]
    public void A_reopened_ticket_keeps_its_first_solve_and_its_full_resolution_moves_to_the_last_solve()
    {
        var state = Replay(
            Ticket("c", "T", 0),
            Ticket("s1", "T", 1, EventType.TicketSolved, "solved"),
            Ticket("o", "T", 2, EventType.TicketUpdated, "open"),
            Ticket("s2", "T", 4, EventType.TicketSolved, "solved"));
        Assert.Equal(Day0.AddDays(1), state.FirstSolvedAt);
        Assert.Equal(Day0.AddDays(4), state.LastSolvedAt);
        Assert.Equal(TicketStatus.Solved, state.Status);
    }

    [Fact]
    public void Tags_follow_the_newest_update_so_a_removed_tag_stays_removed_when_an_older_update_arrives_late()
    {
        var state = Replay(
            Ticket("u2", "T", 2, EventType.TicketUpdated, tags: ["billing"]),
            Ticket("u1", "T", 1, EventType.TicketUpdated, tags: ["sql", "billing"]));
        Assert.Equal(["billing"], state.Tags);
    }
}
