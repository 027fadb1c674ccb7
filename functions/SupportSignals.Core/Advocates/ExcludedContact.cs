namespace SupportSignals.Advocates;

/// <summary>Why a contact with qualifying evidence must not be asked (the codes of <c>?explain=true</c>).</summary>
public static class ExclusionCode
{
    public const string AccountChurned = "account_churned";
    public const string CancellationScheduled = "cancellation_scheduled";
    public const string OpenTicket = "open_ticket";
    public const string Escalation = "escalation";
    public const string BadCsat = "bad_csat";
    public const string DetractorAfterPromoter = "detractor_after_promoter";
    public const string Unsubscribed = "unsubscribed";
    public const string AskedRecently = "asked_recently";
}

/// <param name="Code">One of <see cref="ExclusionCode"/>.</param>
/// <param name="Detail">Ids and dates only: never a name, e-mail or comment.</param>
public sealed record ExclusionReason(string Code, string Detail);

/// <summary>A contact who would be on the list but must not be asked, with every reason that applies.</summary>
public sealed record ExcludedContact(string ContactId, string? Name, string? AccountId, IReadOnlyList<ExclusionReason> Reasons);

public sealed record AdvocateList(IReadOnlyList<Advocate> Advocates, IReadOnlyList<ExcludedContact> Excluded);
