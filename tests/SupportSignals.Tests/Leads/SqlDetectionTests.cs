using SupportSignals.Events;
using SupportSignals.Leads;
using SupportSignals.Tickets;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Leads;

public sealed class SqlDetectionTests
{
    private static readonly LeadOptions Options = new() { SourceTags = new Dictionary<string, string> { ["zendesk"] = "upsell" } };

    private static ServiceQualifiedLead? Replay(params CanonicalEvent[] events)
    {
        TicketState? ticket = null;
        ServiceQualifiedLead? sql = null;
        foreach (var e in events)
        {
            ticket = TicketState.Apply(ticket, e) ?? ticket;
            sql = SqlDetection.FromTicket(sql, ticket!, e, Options) ?? sql;
        }
        return sql;
    }

    [Fact]
    public void Tag_added_removed_and_re_added_is_one_SQL_withdrawn_then_open_again()
    {
        var flagged = Replay(Ticket("a", "T", 1, tags: ["sql"]));
        Assert.Equal((SqlStatus.Open, Day0.AddDays(1)), (flagged!.Status, flagged.FlaggedAt));
        var removed = Replay(Ticket("a", "T", 1, tags: ["sql"]), Ticket("b", "T", 2, EventType.TicketUpdated, tags: []));
        Assert.Equal(SqlStatus.Withdrawn, removed!.Status);
        var readded = Replay(Ticket("a", "T", 1, tags: ["sql"]), Ticket("b", "T", 2, EventType.TicketUpdated, tags: []), Ticket("c", "T", 3, EventType.TicketUpdated, tags: ["sql"]));
        Assert.Equal((SqlStatus.Open, Day0.AddDays(1)), (readded!.Status, readded.FlaggedAt));
    }

    [Fact]
    public void A_late_older_update_does_not_withdraw_and_reveals_the_earlier_flag_time()
    {
        var sql = Replay(Ticket("b", "T", 5, EventType.TicketUpdated, tags: ["sql"]), Ticket("a", "T", 2, EventType.TicketUpdated, tags: ["sql"]), Ticket("old", "T", 1, EventType.TicketUpdated, tags: []));
        Assert.Equal((SqlStatus.Open, Day0.AddDays(2)), (sql!.Status, sql.FlaggedAt));
    }

    [Fact]
    public void Per_source_tags_and_a_truthy_custom_field_flag()
    {
        var ticket = new TicketState { Source = "zendesk", Id = "1", Tags = ["sql"] };
        Assert.False(SqlDetection.IsFlagged(ticket, Options));
        Assert.True(SqlDetection.IsFlagged(ticket with { Tags = ["upsell"] }, Options));
        Assert.True(SqlDetection.IsFlagged(new TicketState { Source = "generic", Id = "1", CustomFields = new Dictionary<string, string> { ["sql"] = "Yes" } }, Options));
    }

    [Fact]
    public void Sales_moves_forward_only_and_a_withdrawn_SQL_cannot_be_won()
    {
        var open = Replay(Ticket("a", "T", 1, tags: ["sql"]))!;
        var accepted = SqlDetection.Advance(open, SqlStatus.Accepted, Day0.AddDays(3));
        var won = SqlDetection.Advance(accepted, SqlStatus.Won, Day0.AddDays(9), "deal-1", new Money(500, "EUR"));
        Assert.Equal((SqlStatus.Won, Day0.AddDays(3), new Money(500, "EUR")), (won.Status, won.AcceptedAt!.Value, won.WonMrr!));
        Assert.Equal(won, SqlDetection.Advance(won, SqlStatus.Accepted, Day0.AddDays(10)));
        var withdrawn = open with { Status = SqlStatus.Withdrawn };
        Assert.Equal(withdrawn, SqlDetection.Advance(withdrawn, SqlStatus.Won, Day0.AddDays(9)));
    }
}
