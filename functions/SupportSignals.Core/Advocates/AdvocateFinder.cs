using System.Collections.Concurrent;
using SupportSignals.Customers;
using SupportSignals.Feedback;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tickets;

namespace SupportSignals.Advocates;

/// <summary>One page of the ranked list, with every exclusion and the instant the ranking was computed at.</summary>
public sealed record AdvocatePage(IReadOnlyList<Advocate> Advocates, IReadOnlyList<ExcludedContact> Excluded, int Total, DateTimeOffset AsOf, string? Continuation);

/// <summary>
/// Answers <c>GET /api/advocates</c>: reads what <see cref="AdvocateSelection"/> needs and no more (the partitions
/// are listed in docs/advocates.md, "Query plan"), selects, ranks and pages.
/// </summary>
public sealed class AdvocateFinder(
    IRecordStore<AdvocateSignal> signals,
    IRecordStore<AdvocateAsk> asks,
    IRecordStore<ContactState> contacts,
    IRecordStore<AccountState> accounts,
    IRecordStore<FeedbackAnalysis> analyses,
    AdvocateOptions options,
    TimeProvider clock)
{
    private const int ParallelReads = 16;

    /// <returns>The page, or null when <paramref name="continuation"/> is not a token of this endpoint.</returns>
    public async Task<AdvocatePage?> FindAsync(AdvocateCriteria criteria, int limit, string? continuation, CancellationToken cancellationToken = default)
    {
        AdvocateCursor? cursor = null;
        if (continuation is not null && (cursor = AdvocateCursor.Decode(continuation)) is null) return null;
        var asOf = cursor?.AsOf ?? clock.GetUtcNow();
        var list = AdvocateSelection.Select(await ReadAsync(criteria, asOf, cancellationToken), criteria, options, asOf);
        var remaining = cursor is null ? list.Advocates : [.. list.Advocates.Where(cursor.Precedes)];
        var page = remaining.Take(limit).ToList();
        var next = remaining.Count > limit ? new AdvocateCursor(asOf, page[^1].Score.Total, page[^1].Contact.Id).Encode() : null;
        return new AdvocatePage(page, list.Excluded, list.Advocates.Count, asOf, next);
    }

    public async Task<AdvocateRecords> ReadAsync(AdvocateCriteria criteria, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var since = AdvocateSelection.SinceOf(criteria, options, asOf);
        var earliest = new[] { since, asOf.AddDays(-options.BadCsatDays), asOf.AddDays(-options.EscalationDays) }.Min();
        var signalsRead = Task.WhenAll(Months.Between(earliest, asOf).Append(AdvocateSignal.OpenTickets).Select(p => signals.QueryAsync(RecordQuery.InPartition(p), cancellationToken).ToListAsync(cancellationToken).AsTask()));
        var asksRead = Task.WhenAll(Months.Between(asOf.AddDays(-options.CooldownDays), asOf).Select(p => asks.QueryAsync(RecordQuery.InPartition(p), cancellationToken).ToListAsync(cancellationToken).AsTask()));
        var latest = AdvocateSignal.Latest((await signalsRead).SelectMany(partition => partition));
        var indexed = new AdvocateRecords
        {
            NpsResponses = [.. latest.Select(s => s.Nps).OfType<NpsResponse>()],
            Reviews = [.. latest.Select(s => s.Review).OfType<Review>()],
            CsatRatings = [.. latest.Select(s => s.Csat).OfType<CsatRating>()],
            Tickets = [.. latest.Select(s => s.Ticket).OfType<TicketState>()],
            Asks = [.. (await asksRead).SelectMany(partition => partition)],
        };

        // Point reads for the candidates only: their contact, account and the analysis of each piece of evidence.
        var qualifying = AdvocateSelection.Qualifying(indexed, criteria, options, asOf);
        var analysesRead = EachAsync(qualifying, f => analyses.FindAsync(FeedbackAnalysis.PartitionOf(f.Kind, f.Source), FeedbackAnalysis.RowOf(f.Id), cancellationToken), cancellationToken);
        var found = await EachAsync(qualifying.Select(f => f.ContactId).Distinct(StringComparer.Ordinal),
            id => contacts.FindAsync(ContactState.PartitionOf(id), ContactState.Row, cancellationToken), cancellationToken);
        var accountIds = found.Select(c => c.AccountId).Concat(qualifying.Select(f => f.AccountId)).OfType<string>().Distinct(StringComparer.Ordinal);
        var accountsRead = EachAsync(accountIds, id => accounts.FindAsync(AccountState.PartitionOf(id), AccountState.Row, cancellationToken), cancellationToken);
        return indexed with { Contacts = found, Accounts = await accountsRead, Analyses = await analysesRead };
    }

    private static async Task<IReadOnlyList<T>> EachAsync<TKey, T>(IEnumerable<TKey> keys, Func<TKey, Task<T?>> read, CancellationToken cancellationToken) where T : class
    {
        var found = new ConcurrentBag<T>();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (key, _) =>
        {
            if (await read(key) is { } record) found.Add(record);
        });
        return [.. found];
    }
}
