using SupportSignals.Events;

namespace SupportSignals.Attribution;

/// <summary>Does a ticket show that the customer wants to cancel? Configured tags, or cancellation language in its text.</summary>
public static class CancellationIntent
{
    // Our own phrase list: stems that mean cancelling a subscription in the languages customers write in.
    private static readonly string[] Phrases =
    [
        "cancel", "terminate our", "end our subscription", "close our account", "stop our subscription", "not renew",
        "cancelar", "darme de baja", "dar de baja", "résilier", "resilier", "annuler mon abonnement", "annuler notre abonnement",
        "kündigen", "kuendigen", "abo beenden", "opzeggen", "abonelik iptal", "iptal etmek", "отменить подписку", "отказаться от подписки",
        "расторгнуть", "إلغاء الاشتراك", "إلغاء", "सदस्यता रद्द", "cancel karna",
    ];

    public static bool Shown(TicketInfo ticket, IReadOnlySet<string> tags)
    {
        if (ticket.Tags.Any(tags.Contains)) return true;
        var text = $"{ticket.Subject} {ticket.Text}".ToLowerInvariant();
        return Phrases.Any(phrase => text.Contains(phrase, StringComparison.Ordinal));
    }
}
