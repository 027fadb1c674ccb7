using System.Text.Json;
using SupportSignals.Advocates;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Intake;
using SupportSignals.Leads;
using SupportSignals.Processing;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tickets;

namespace SupportSignals.Privacy;

/// <summary>
/// <c>DELETE /api/contacts/{id}</c> (GDPR Art. 17): removes a contact's personal data (<see cref="PersonalData"/>)
/// from every table, keeping the anonymous figures. An opt-out outlives the erasure as a bare row (Art. 21(3)), so
/// the person is never asked again. Everything is found before anything is scrubbed, and the raw deliveries (found
/// through the event log) go before the event log: a failed erasure can simply be run again.
/// </summary>
public sealed class ContactErasure(
    IRecordStore<ContactState> contacts,
    IRecordStore<NpsResponse> nps,
    IRecordStore<Review> reviews,
    IRecordStore<CsatRating> csat,
    IRecordStore<TicketState> tickets,
    IRecordStore<FeedbackAnalysis> analyses,
    IRecordStore<StoredEvent> events,
    IRecordStore<ServiceQualifiedLead> sqls,
    IRecordStore<AdvocateAsk> asks,
    IRecordStore<AdvocateSignal> signals,
    IPoisonStore poison,
    IInbox inbox,
    IDeliveryArchive deliveries)
{
    public async Task<ErasureReport> EraseAsync(string contactId, CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<string, int>();
        // No index by contact exists for these tables: a filtered scan, acceptable for a rare, deliberate request.
        var byContact = new RecordQuery { Where = new Dictionary<string, object> { ["contactId"] = contactId } };
        var contact = await contacts.FindAsync(ContactState.PartitionOf(contactId), ContactState.Row, cancellationToken);
        var npsFound = await nps.QueryAsync(byContact, cancellationToken).ToListAsync(cancellationToken);
        var reviewsFound = await reviews.QueryAsync(byContact, cancellationToken).ToListAsync(cancellationToken);
        var csatFound = await csat.QueryAsync(byContact, cancellationToken).ToListAsync(cancellationToken);
        var ticketsFound = await tickets.QueryAsync(byContact, cancellationToken).ToListAsync(cancellationToken);
        var analysesFound = await analyses.QueryAsync(byContact, cancellationToken).ToListAsync(cancellationToken);
        var signalsFound = await signals.QueryAsync(byContact, cancellationToken).ToListAsync(cancellationToken);
        var asksFound = await asks.QueryAsync(byContact, cancellationToken).ToListAsync(cancellationToken);

        // The event log and SQLs live in account partitions: every account the contact was seen with (and, for the log, events without one).
        var accountIds = npsFound.Select(r => r.AccountId)
            .Concat(reviewsFound.Select(r => r.AccountId)).Concat(csatFound.Select(r => r.AccountId))
            .Concat(ticketsFound.Select(t => t.AccountId)).Concat(analysesFound.Select(a => a.AccountId))
            .Append(contact?.AccountId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var logged = await LoggedEventsAsync(accountIds, contactId, cancellationToken);
        rows["Deliveries"] = await DeleteDeliveriesAsync(logged.Select(l => l.Event), cancellationToken);

        foreach (var (partition, stored, e) in logged)
            await events.UpsertAsync(partition, StoredEvent.RowOf(e), stored with { Json = EventJson.Serialize(PersonalData.Without(e)) }, cancellationToken);
        rows["Events"] = logged.Count;

        await ScrubAsync(nps, npsFound.Select(r => (NpsResponse.PartitionOf(r.Source), NpsResponse.RowOf(r.ResponseId))), r => r.ContactId, PersonalData.Without, contactId, cancellationToken);
        await ScrubAsync(reviews, reviewsFound.Select(r => (Review.PartitionOf(r.Source), Review.RowOf(r.Id))), r => r.ContactId, PersonalData.Without, contactId, cancellationToken);
        await ScrubAsync(csat, csatFound.Select(r => (CsatRating.PartitionOf(r.Source), StorageKeys.Escape(r.Id))), r => r.ContactId, PersonalData.Without, contactId, cancellationToken);
        await ScrubAsync(tickets, ticketsFound.Select(t => (TicketState.PartitionOf(t.Source, t.Id), TicketState.Row)), t => t.ContactId, PersonalData.Without, contactId, cancellationToken);
        await ScrubAsync(analyses, analysesFound.Select(a => (FeedbackAnalysis.PartitionOf(a.Kind, a.Source), FeedbackAnalysis.RowOf(a.FeedbackId))), a => a.ContactId, PersonalData.Without, contactId, cancellationToken);
        // An index copy sits in the month of its AsOf; a ticket's may also sit among the open tickets.
        var signalCopies = signalsFound.SelectMany(s => (s.Kind == SignalKind.Ticket ? [Months.Key(s.AsOf), AdvocateSignal.OpenTickets] : new[] { Months.Key(s.AsOf) }).Select(p => (p, s.Row)));
        await ScrubAsync(signals, signalCopies, s => s.ContactId, PersonalData.Without, contactId, cancellationToken);
        (rows["NpsResponses"], rows["Reviews"], rows["CsatRatings"], rows["Tickets"], rows["FeedbackAnalyses"], rows["AdvocateSignals"]) =
            (npsFound.Count, reviewsFound.Count, csatFound.Count, ticketsFound.Count, analysesFound.Count, signalsFound.Count);

        var leads = new List<(string Partition, string Row)>();
        foreach (var partition in accountIds.Select(ServiceQualifiedLead.PartitionOf))
            await foreach (var lead in sqls.QueryAsync(byContact with { Partition = partition }, cancellationToken))
                leads.Add((partition, StorageKeys.Escape(lead.Id)));
        await ScrubAsync(sqls, leads, l => l.ContactId, l => l with { ContactId = null }, contactId, cancellationToken);
        rows["Sqls"] = leads.Count;

        foreach (var ask in asksFound) await asks.DeleteAsync(AdvocateAsk.PartitionOf(ask.AskedAt), AdvocateAsk.RowOf(ask.ContactId, ask.AskedAt), cancellationToken);
        rows["AdvocateAsks"] = asksFound.Count;

        rows["Poison"] = await RemovePoisonAsync(contactId, cancellationToken);

        // Last: until here, a retry still finds the contact's account through this row.
        var optOutKept = contact is { Unsubscribed: true };
        if (optOutKept)
            await contacts.UpsertAsync(ContactState.PartitionOf(contactId), ContactState.Row, new ContactState { Id = contactId, Unsubscribed = true, UnsubscribedAt = contact!.UnsubscribedAt }, cancellationToken);
        else if (contact is not null)
            await contacts.DeleteAsync(ContactState.PartitionOf(contactId), ContactState.Row, cancellationToken);
        rows["Contacts"] = contact is null ? 0 : 1;
        return new ErasureReport(contactId, rows, optOutKept);
    }

    private async Task<IReadOnlyList<(string Partition, StoredEvent Stored, CanonicalEvent Event)>> LoggedEventsAsync(IEnumerable<string> accountIds, string contactId, CancellationToken cancellationToken)
    {
        var logged = new List<(string, StoredEvent, CanonicalEvent)>();
        foreach (var partition in accountIds.Select(StoredEvent.PartitionOf).Append(StoredEvent.PartitionOf(null)))
        {
            await foreach (var stored in events.QueryAsync(RecordQuery.InPartition(partition), cancellationToken))
                if (stored.ToEvent() is { } e && e.ContactId == contactId) logged.Add((partition, stored, e));
        }
        return logged;
    }

    /// <summary>Every raw delivery that brought one of the events, redeliveries included, whole: one delivery may carry several people's events.</summary>
    private async Task<int> DeleteDeliveriesAsync(IEnumerable<CanonicalEvent> contactEvents, CancellationToken cancellationToken)
    {
        var deliveryIds = new HashSet<(string Source, string Id)>();
        foreach (var e in contactEvents)
            foreach (var deliveryId in await inbox.FindDeliveryIdsAsync(e.Source, e.Id, cancellationToken)) deliveryIds.Add((e.Source, deliveryId));
        var deleted = 0;
        foreach (var (source, deliveryId) in deliveryIds)
            if (await deliveries.DeleteAsync(source, deliveryId, cancellationToken)) deleted++;
        return deleted;
    }

    /// <summary>Processing failures of the contact's events; normalisation failures hold vendor fragments that cannot be attributed.</summary>
    private async Task<int> RemovePoisonAsync(string contactId, CancellationToken cancellationToken)
    {
        var removed = 0;
        await foreach (var failure in poison.ListAsync(cancellationToken))
        {
            if (failure.Kind != PoisonKind.Processing || ContactOf(failure.Payload) != contactId) continue;
            await poison.RemoveAsync(failure.Id, cancellationToken);
            removed++;
        }
        return removed;
    }

    /// <summary>Rewrites each row without the personal data, unless it changed hands since it was found.</summary>
    private static async Task ScrubAsync<T>(IRecordStore<T> store, IEnumerable<(string Partition, string Row)> keys, Func<T, string?> contactOf,
        Func<T, T> without, string contactId, CancellationToken cancellationToken) where T : class
    {
        foreach (var (partition, row) in keys)
            await store.UpdateAsync(partition, row, current => current is not null && contactOf(current) == contactId ? without(current) : null, cancellationToken);
    }

    private static string? ContactOf(string payload)
    {
        try
        {
            return EventJson.Deserialize(payload).ContactId;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
