using SupportSignals.Events;
using SupportSignals.Leads;

namespace SupportSignals.Attribution;

/// <summary>
/// The attribution ledger of one account as a pure function of its event history and SQLs: the same inputs give the
/// same records, whatever order the events arrived in, so the ledger can be rebuilt at any time.
/// Rules (DOMAIN.md): <c>sql_won</c> credits the MRR increase (or, without one, the won deal's MRR) within the
/// window after a SQL was flagged; <c>churn_save</c> credits the MRR at risk when a support interaction showed
/// cancellation intent and the account withdrew the scheduled cancellation or was still paying when the save window
/// ended; <c>expansion_after_support</c> credits, as influence, an MRR increase within the window after a solved
/// ticket that no SQL already claimed.
/// </summary>
public static class Ledger
{
    private sealed record Expansion(CanonicalEvent Event, Money Delta);

    private sealed record Interaction(string Source, string TicketId, string? AgentId, DateTimeOffset At);

    public static IReadOnlyList<AttributionRecord> Compute(string accountId, IReadOnlyList<CanonicalEvent> history, IReadOnlyList<ServiceQualifiedLead> sqls, AttributionOptions options, DateTimeOffset asOf)
    {
        var events = history.OrderBy(e => e.OccurredAt).ThenBy(e => e.DedupeKey, StringComparer.Ordinal).ToList();
        var expansions = Expansions(events);
        var records = new List<AttributionRecord>();
        var claimed = new HashSet<CanonicalEvent>();

        foreach (var sql in sqls.Where(s => s.Status != SqlStatus.Withdrawn).OrderBy(s => s.FlaggedAt).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var windowEnd = sql.FlaggedAt.AddDays(options.SqlWindowDays);
            var inWindow = expansions.Where(x => x.Event.OccurredAt >= sql.FlaggedAt && x.Event.OccurredAt <= windowEnd && !claimed.Contains(x.Event)).ToList();
            foreach (var expansion in inWindow)
            {
                claimed.Add(expansion.Event);
                records.Add(Record(AttributionRule.SqlWon, accountId, sql.AgentId, sql.Source, sql.TicketId, sql.Id, expansion.Delta, sql.FlaggedAt, windowEnd, expansion.Event.OccurredAt, [expansion.Event]));
            }
            var won = events.FirstOrDefault(e => e.Type == EventType.DealWon && e.Deal?.Mrr is { Minor: > 0 } && e.OccurredAt >= sql.FlaggedAt && e.OccurredAt <= windowEnd
                && (e.Deal.TicketId is null || e.Deal.TicketId == sql.TicketId) && !claimed.Contains(e));
            if (inWindow.Count == 0 && won is not null)
            {
                claimed.Add(won);
                records.Add(Record(AttributionRule.SqlWon, accountId, sql.AgentId, sql.Source, sql.TicketId, sql.Id, won.Deal!.Mrr!, sql.FlaggedAt, windowEnd, won.OccurredAt, [won]));
            }
        }

        records.AddRange(Saves(accountId, events, options, asOf));

        var solved = events.Where(e => e.Type == EventType.TicketSolved && e.Ticket is not null)
            .Select(e => new Interaction(e.Source, e.Ticket!.Id, e.AgentId, e.OccurredAt)).ToList();
        foreach (var expansion in expansions.Where(x => !claimed.Contains(x.Event)))
        {
            var window = TimeSpan.FromDays(options.InfluenceWindowDays);
            var ticket = solved.Where(t => t.At <= expansion.Event.OccurredAt && expansion.Event.OccurredAt - t.At <= window).MaxBy(t => t.At);
            if (ticket is null) continue;
            records.Add(Record(AttributionRule.ExpansionAfterSupport, accountId, ticket.AgentId, ticket.Source, ticket.TicketId, null, expansion.Delta,
                ticket.At, ticket.At.Add(window), expansion.Event.OccurredAt, [expansion.Event]));
        }
        return records;
    }

    /// <summary>When the account's next pending save matures (the end of a save window not yet reached), if any.</summary>
    public static DateTimeOffset? NextMaturity(IReadOnlyList<CanonicalEvent> history, AttributionOptions options, DateTimeOffset asOf) =>
        Intents(history.OrderBy(e => e.OccurredAt).ToList(), options)
            .Select(i => i.At.AddDays(options.SaveWindowDays))
            .Where(end => end > asOf)
            .Order()
            .Cast<DateTimeOffset?>()
            .FirstOrDefault();

    private static List<Expansion> Expansions(IReadOnlyList<CanonicalEvent> events)
    {
        var expansions = new List<Expansion>();
        Money? current = null;
        foreach (var e in events.Where(e => e.Type == EventType.SubscriptionChanged && e.Subscription is not null))
        {
            var before = e.Subscription!.MrrBefore ?? current;
            var after = e.Subscription.MrrAfter;
            if (before is not null && before.Currency == after.Currency && after.Minor > before.Minor && SubscriptionStatus.IsCustomer(e.Subscription.Status))
                expansions.Add(new Expansion(e, after.Minus(before)));
            current = after;
        }
        return expansions;
    }

    private static IEnumerable<Interaction> Intents(IReadOnlyList<CanonicalEvent> events, AttributionOptions options)
    {
        var tags = options.CancellationTags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).ToHashSet();
        var tickets = events.Where(e => e.Ticket is not null && CancellationIntent.Shown(e.Ticket, tags))
            .GroupBy(e => (e.Source, e.Ticket!.Id))
            .Select(g => g.First())
            .Select(e => new Interaction(e.Source, e.Ticket!.Id, e.AgentId, e.OccurredAt))
            .ToList();
        // A scheduled cancellation counts as intent in a support interaction only when support was talking to the account.
        var allTickets = events.Where(e => e.Ticket is not null).Select(e => new Interaction(e.Source, e.Ticket!.Id, e.AgentId, e.OccurredAt)).ToList();
        foreach (var scheduled in events.Where(e => e.Type == EventType.CancellationScheduled))
        {
            var window = TimeSpan.FromDays(options.SaveWindowDays);
            if (allTickets.Where(t => (t.At - scheduled.OccurredAt).Duration() <= window).MinBy(t => (t.At - scheduled.OccurredAt).Duration()) is { } near
                && !tickets.Any(t => t.TicketId == near.TicketId && t.Source == near.Source))
                tickets.Add(near with { At = scheduled.OccurredAt });
        }
        // One save per episode: intents inside an earlier intent's window are the same episode.
        var episodes = new List<Interaction>();
        foreach (var intent in tickets.OrderBy(t => t.At))
            if (episodes.Count == 0 || intent.At > episodes[^1].At.AddDays(options.SaveWindowDays)) episodes.Add(intent);
        return episodes;
    }

    private static IEnumerable<AttributionRecord> Saves(string accountId, IReadOnlyList<CanonicalEvent> events, AttributionOptions options, DateTimeOffset asOf)
    {
        foreach (var intent in Intents(events, options))
        {
            var windowEnd = intent.At.AddDays(options.SaveWindowDays);
            var atRisk = events.LastOrDefault(e => e.Type == EventType.SubscriptionChanged && e.OccurredAt <= intent.At)?.Subscription?.MrrAfter;
            if (atRisk is not { Minor: > 0 }) continue;
            var churned = events.FirstOrDefault(e => e.Type == EventType.SubscriptionChanged && e.OccurredAt > intent.At && e.OccurredAt <= windowEnd
                && !SubscriptionStatus.IsCustomer(e.Subscription!.Status));
            var withdrawn = events.FirstOrDefault(e => e.Type == EventType.CancellationWithdrawn && e.OccurredAt >= intent.At && e.OccurredAt <= windowEnd
                && (churned is null || e.OccurredAt < churned.OccurredAt));
            if (withdrawn is not null)
                yield return Record(AttributionRule.ChurnSave, accountId, intent.AgentId, intent.Source, intent.TicketId, null, atRisk, intent.At, windowEnd, withdrawn.OccurredAt, [withdrawn]);
            else if (churned is null && asOf >= windowEnd)
                yield return Record(AttributionRule.ChurnSave, accountId, intent.AgentId, intent.Source, intent.TicketId, null, atRisk, intent.At, windowEnd, windowEnd, []);
        }
    }

    private static AttributionRecord Record(string rule, string accountId, string? agentId, string source, string ticketId, string? sqlId, Money mrr,
        DateTimeOffset windowStart, DateTimeOffset windowEnd, DateTimeOffset creditedAt, IReadOnlyList<CanonicalEvent> triggers) => new()
        {
            Id = $"{rule}|{source}:{ticketId}|{(triggers.Count > 0 ? triggers[0].DedupeKey : "window-end")}",
            Rule = rule,
            AccountId = accountId,
            AgentId = agentId,
            InteractionSource = source,
            InteractionId = ticketId,
            SqlId = sqlId,
            Mrr = mrr,
            Arr = mrr.TimesTwelve(),
            WindowStart = windowStart,
            WindowEnd = windowEnd,
            CreditedAt = creditedAt,
            TriggerEvents = [.. triggers.Select(t => t.DedupeKey)],
        };
}
