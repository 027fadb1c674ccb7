using System.Globalization;
using System.Text.Json;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Sentiment;
using SupportSignals.Tickets;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Advocates;

/// <summary>Feedback that qualifies under the criteria: whose contact, account and analysis a list needs.</summary>
public sealed record QualifyingFeedback(string Kind, string Source, string Id, string ContactId, string? AccountId, int? NpsScore, int? Stars, DateTimeOffset GivenAt, string? Text);

/// <summary>
/// Chooses and ranks advocates (DOMAIN.md, "Advocate") from stored records, and says why everyone else with
/// qualifying feedback must not be asked. Pure: the same records, criteria and instant give the same list.
/// </summary>
public static class AdvocateSelection
{
    public const int DetractorMaxNps = 6;
    public const int DetractorMaxStars = 2;

    public static DateTimeOffset SinceOf(AdvocateCriteria criteria, AdvocateOptions options, DateTimeOffset now) =>
        criteria.Since ?? now.AddDays(-options.SinceDays);

    /// <summary>NPS responses and reviews from a known contact, in the window, at or above the thresholds.</summary>
    public static IReadOnlyList<QualifyingFeedback> Qualifying(AdvocateRecords records, AdvocateCriteria criteria, AdvocateOptions options, DateTimeOffset now)
    {
        var since = SinceOf(criteria, options, now);
        bool InWindow(DateTimeOffset at) => at >= since && at <= now;
        return
        [
            .. records.NpsResponses
                .Where(r => r.ContactId is not null && r.Score >= criteria.MinNps && InWindow(r.RespondedAt))
                .Select(r => new QualifyingFeedback(SignalKind.Nps, r.Source, r.ResponseId, r.ContactId!, r.AccountId, r.Score, null, r.RespondedAt, r.Comment)),
            .. records.Reviews
                .Where(r => r.ContactId is not null && !r.Deleted && r.Stars >= criteria.MinStars && InWindow(r.PublishedAt))
                .Select(r => new QualifyingFeedback(SignalKind.Review, r.Source, r.Id, r.ContactId!, r.AccountId, null, r.Stars, r.PublishedAt, r.Text ?? r.Title)),
        ];
    }

    public static AdvocateList Select(AdvocateRecords records, AdvocateCriteria criteria, AdvocateOptions options, DateTimeOffset now)
    {
        var facts = new Facts(records);
        var advocates = new List<Advocate>();
        var excluded = new List<ExcludedContact>();
        foreach (var feedback in Qualifying(records, criteria, options, now).GroupBy(f => f.ContactId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var contactId = feedback.Key;
            var evidence = feedback
                .Select(f => (Feedback: f, Evidence: EvidenceOf(f, facts.Analysis(f))))
                .Where(e => !criteria.ServicePraise || e.Evidence.PraisesService)
                .ToList();
            if (evidence.Count == 0) continue;

            var contact = facts.Contacts.GetValueOrDefault(contactId);
            var accountId = contact?.AccountId ?? evidence.OrderByDescending(e => e.Evidence.GivenAt).Select(e => e.Feedback.AccountId).FirstOrDefault(a => a is not null);
            var account = accountId is null ? null : facts.Accounts.GetValueOrDefault(accountId);
            if (criteria.Segment is { } segment && !InSegment(account, segment)) continue;

            // Only praise given after the contact's last detractor response counts.
            var negative = facts.LastNegative(contactId, now);
            var usable = evidence.Where(e => negative is null || e.Evidence.GivenAt > negative.Value.At).Select(e => e.Evidence).ToList();
            var best = (usable.Count > 0 ? usable : evidence.Select(e => e.Evidence))
                .Select(e => (Evidence: e, Score: AdvocateScore.Of(e, account?.Mrr, now)))
                .OrderByDescending(e => e.Score.Total).ThenByDescending(e => e.Evidence.GivenAt)
                .ThenBy(e => e.Evidence.Kind, StringComparer.Ordinal).ThenBy(e => e.Evidence.Source, StringComparer.Ordinal).ThenBy(e => e.Evidence.Id, StringComparer.Ordinal)
                .First();

            var reasons = Exclusions(facts, contactId, contact, accountId, account, options, now).ToList();
            if (usable.Count == 0)
                reasons.Add(new(ExclusionCode.DetractorAfterPromoter, $"{negative!.Value.What} on {Day(negative.Value.At)} after the promoter feedback of {Day(evidence.Max(e => e.Evidence.GivenAt))}"));

            if (reasons.Count > 0)
            {
                excluded.Add(new ExcludedContact(contactId, contact?.Name, accountId, reasons));
                continue;
            }
            var accountRef = account is null
                ? accountId is null ? null : new AccountRef(accountId, null, null, null, null, null)
                : new AccountRef(account.Id, account.Name, account.Segment, account.Plan, account.Region, account.Mrr);
            advocates.Add(new Advocate
            {
                Rank = 0,
                Contact = new ContactRef(contactId, contact?.Name, contact?.Email),
                Account = accountRef,
                Evidence = best.Evidence,
                Reason = ReasonFor(best.Evidence, account, accountId, now),
                Score = best.Score,
            });
        }
        var ranked = advocates
            .OrderByDescending(a => a.Score.Total).ThenBy(a => a.Contact.Id, StringComparer.Ordinal)
            .Select((a, i) => a with { Rank = i + 1 })
            .ToList();
        return new AdvocateList(ranked, excluded);
    }

    private static Evidence EvidenceOf(QualifyingFeedback feedback, FeedbackAnalysis? analysis)
    {
        var praise = analysis is { Error: null } && FeedbackAnalysisProjection.ServicePolarity(analysis.Mentions) == Polarity.Positive
            ? analysis.Mentions.Where(m => m.Polarity == Polarity.Positive).OrderBy(m => m.Offset).First()
            : null;
        // Mention offsets point into the analysed text, so the excerpt quotes it when there is one.
        var text = analysis is { Text.Length: > 0 } ? analysis.Text : feedback.Text;
        return new Evidence
        {
            Kind = feedback.Kind,
            Source = feedback.Source,
            Id = feedback.Id,
            NpsScore = feedback.NpsScore,
            Stars = feedback.Stars,
            GivenAt = feedback.GivenAt,
            Excerpt = string.IsNullOrWhiteSpace(text) ? null : Excerpt.Of(text, praise?.Offset, praise?.Length),
            PraisesService = praise is not null,
            Category = praise?.Category,
        };
    }

    private static IEnumerable<ExclusionReason> Exclusions(Facts facts, string contactId, ContactState? contact, string? accountId, AccountState? account, AdvocateOptions options, DateTimeOffset now)
    {
        if (contact is { Unsubscribed: true })
            yield return new(ExclusionCode.Unsubscribed, contact.UnsubscribedAt is { } at ? $"opted out on {Day(at)}" : "opted out");

        if (facts.Asks[contactId].Where(a => a.AskedAt <= now && a.AskedAt > now.AddDays(-options.CooldownDays)).MaxBy(a => a.AskedAt) is { } ask)
            yield return new(ExclusionCode.AskedRecently, $"asked for a {ask.Purpose} on {Day(ask.AskedAt)}; cooldown until {Day(ask.AskedAt.AddDays(options.CooldownDays))}");

        if (account is { SubscriptionStatus: { } status, IsCustomer: false })
            yield return new(ExclusionCode.AccountChurned, $"account {account.Id} subscription is {status}" + (account.ChurnedAt is { } churned ? $" since {Day(churned)}" : ""));

        if (account is { CancellationScheduled: true })
            yield return new(ExclusionCode.CancellationScheduled, $"account {account.Id} has a cancellation scheduled" + (account.CancelAt is { } cancelAt ? $" for {Day(cancelAt)}" : ""));

        var escalations = facts.TicketsOf(contactId, accountId)
            .Where(t => t.Escalated && (t.IsOpen || (t.UpdatedAsOf ?? t.CreatedAt) > now.AddDays(-options.EscalationDays)))
            .Select(t => t.IsOpen ? $"{Key(t)} escalated and open" : $"{Key(t)} escalated, last updated {Day((t.UpdatedAsOf ?? t.CreatedAt)!.Value)}")
            .ToList();
        if (escalations.Count > 0) yield return new(ExclusionCode.Escalation, "ticket " + string.Join("; ticket ", escalations));

        var open = facts.TicketsOf(contactId, null).Where(t => t.IsOpen).Select(Key).ToList();
        if (open.Count > 0) yield return new(ExclusionCode.OpenTicket, $"ticket {string.Join(", ", open)} open");

        var bad = facts.Csat[contactId].Where(r => !r.Satisfied && r.RatedAt <= now && r.RatedAt > now.AddDays(-options.BadCsatDays)).MaxBy(r => r.RatedAt);
        if (bad is not null)
            yield return new(ExclusionCode.BadCsat, $"rated {bad.Source}:{bad.TicketId ?? bad.Id} '{bad.Value}' on {Day(bad.RatedAt)}");
    }

    private static bool InSegment(AccountState? account, string segment) =>
        account is not null && new[] { account.Segment, account.Plan, account.Region }.Any(s => string.Equals(s, segment, StringComparison.OrdinalIgnoreCase));

    private static string ReasonFor(Evidence evidence, AccountState? account, string? accountId, DateTimeOffset now)
    {
        var what = evidence.Kind == SignalKind.Nps ? $"NPS {evidence.NpsScore}" : $"{evidence.Stars}-star review";
        var days = (int)Math.Floor(Math.Max(0, (now - evidence.GivenAt).TotalDays));
        var age = days switch { 0 => "today", 1 => "yesterday", _ => $"{days} days ago" };
        var praise = evidence.Category is { } category ? $"praises the service ({Label(category)})" : "no service praise found";
        var plan = account?.Plan ?? account?.Segment;
        var who = account switch
        {
            null => accountId is null ? "no account known" : $"account {accountId} (no details yet)",
            _ => $"{(account.IsCustomer ? "active" : "")} account {account.Name ?? account.Id}".TrimStart()
                 + (plan is null ? "" : $" on {plan}")
                 + (account.Mrr is { } mrr ? $", MRR {Amount(mrr)}" : ""),
        };
        return $"{what} on {evidence.Source} {age}; {praise}; {who}.";
    }

    private static string Amount(Money money) =>
        $"{money.Currency} {AdvocateScore.Major(money).ToString("N" + MinorUnits.Exponent(money.Currency), CultureInfo.InvariantCulture)}";

    private static string Label(ServiceCategory category) => JsonSerializer.Serialize(category).Trim('"').Replace('_', '/');

    private static string Key(TicketState ticket) => $"{ticket.Source}:{ticket.Id}";

    private static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The records indexed by contact and account, so each candidate costs lookups, not scans.</summary>
    private sealed class Facts(AdvocateRecords records)
    {
        private readonly Dictionary<(string, string, string), FeedbackAnalysis> _analyses = records.Analyses
            .GroupBy(a => (a.Kind, a.Source, a.FeedbackId)).ToDictionary(g => g.Key, g => g.MaxBy(a => a.AnalysedAt)!);
        private readonly ILookup<string?, TicketState> _ticketsByContact = records.Tickets.ToLookup(t => t.ContactId, StringComparer.Ordinal);
        private readonly ILookup<string?, TicketState> _ticketsByAccount = records.Tickets.ToLookup(t => t.AccountId, StringComparer.Ordinal);

        public Dictionary<string, ContactState> Contacts { get; } = records.Contacts.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        public Dictionary<string, AccountState> Accounts { get; } = records.Accounts.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        public ILookup<string?, AdvocateAsk> Asks { get; } = records.Asks.ToLookup(a => (string?)a.ContactId, StringComparer.Ordinal);
        public ILookup<string?, CsatRating> Csat { get; } = records.CsatRatings.ToLookup(r => r.ContactId, StringComparer.Ordinal);
        private ILookup<string?, NpsResponse> Nps { get; } = records.NpsResponses.ToLookup(r => r.ContactId, StringComparer.Ordinal);
        private ILookup<string?, Review> Reviews { get; } = records.Reviews.ToLookup(r => r.ContactId, StringComparer.Ordinal);

        public FeedbackAnalysis? Analysis(QualifyingFeedback feedback) => _analyses.GetValueOrDefault((feedback.Kind, feedback.Source, feedback.Id));

        /// <summary>The contact's own tickets, and the account's when an account is named.</summary>
        public IEnumerable<TicketState> TicketsOf(string contactId, string? accountId) =>
            _ticketsByContact[contactId].Union(accountId is null ? [] : _ticketsByAccount[accountId]).OrderBy(Key, StringComparer.Ordinal);

        /// <summary>The contact's latest detractor NPS response or 1–2 star review.</summary>
        public (DateTimeOffset At, string What)? LastNegative(string contactId, DateTimeOffset now) =>
            Nps[contactId].Where(r => r.Score <= DetractorMaxNps && r.RespondedAt <= now).Select(r => (At: r.RespondedAt, What: $"NPS {r.Score}"))
                .Concat(Reviews[contactId].Where(r => !r.Deleted && r.Stars <= DetractorMaxStars && r.PublishedAt <= now).Select(r => (At: r.PublishedAt, What: $"{r.Stars}-star review")))
                .OrderByDescending(n => n.At).Cast<(DateTimeOffset, string)?>().FirstOrDefault();
    }
}
