using Microsoft.AspNetCore.Http;
using SupportSignals.Privacy;

namespace SupportSignals.Api.Privacy;

/// <summary><c>POST /api/contacts/{id}/opt-out</c> and <c>DELETE /api/contacts/{id}</c> (key required).</summary>
public static class ContactEndpoints
{
    public static async Task<IResult> OptOutAsync(string id, ContactOptOut optOut, CancellationToken cancellationToken)
    {
        var contact = await optOut.OptOutAsync(id, cancellationToken);
        return Results.Json(new { contactId = contact.Id, unsubscribed = contact.Unsubscribed, unsubscribedAt = contact.UnsubscribedAt });
    }

    public static async Task<IResult> EraseAsync(string id, ContactErasure erasure, CancellationToken cancellationToken)
    {
        var report = await erasure.EraseAsync(id, cancellationToken);
        return Results.Json(new { contactId = report.ContactId, rows = report.Rows, total = report.Total, optOutKept = report.OptOutKept });
    }
}
