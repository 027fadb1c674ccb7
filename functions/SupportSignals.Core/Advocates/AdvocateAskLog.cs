using SupportSignals.Customers;
using SupportSignals.Storage;

namespace SupportSignals.Advocates;

/// <summary>Records that marketing asked a contact (<c>POST /api/advocates/{contactId}/asked</c>); the cooldown runs from then.</summary>
public sealed class AdvocateAskLog(IRecordStore<AdvocateAsk> asks, IRecordStore<ContactState> contacts, AdvocateOptions options, TimeProvider clock)
{
    /// <returns>The ask recorded and the end of its cooldown, or why it was refused.</returns>
    public async Task<(AdvocateAsk? Ask, DateTimeOffset CooldownUntil, Problem? Problem)> RecordAsync(string contactId, string? purpose, string? note, CancellationToken cancellationToken = default)
    {
        if (purpose is null || !AskPurpose.All.Contains(purpose))
            return (null, default, Problem.BadRequest($"purpose must be one of {string.Join(", ", AskPurpose.All)}."));
        if (note is { Length: > AdvocateAsk.MaxNoteLength })
            return (null, default, Problem.BadRequest($"note must not be longer than {AdvocateAsk.MaxNoteLength} characters."));
        if (await contacts.FindAsync(ContactState.PartitionOf(contactId), ContactState.Row, cancellationToken) is null)
            return (null, default, Problem.NotFound("The contact"));

        var ask = new AdvocateAsk { ContactId = contactId, AskedAt = clock.GetUtcNow(), Purpose = purpose, Note = note };
        await asks.UpsertAsync(AdvocateAsk.PartitionOf(ask.AskedAt), AdvocateAsk.RowOf(contactId, ask.AskedAt), ask, cancellationToken);
        return (ask, ask.AskedAt.AddDays(options.CooldownDays), null);
    }
}
