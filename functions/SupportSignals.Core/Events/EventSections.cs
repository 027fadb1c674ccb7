namespace SupportSignals.Events;

/// <summary>Who the contact is, where the source tells us. Personal data: never logged.</summary>
public sealed record ContactInfo
{
    public string? Name { get; init; }
    public string? Email { get; init; }
}

/// <summary>Descriptive account attributes used for segments.</summary>
public sealed record AccountInfo
{
    public string? Name { get; init; }
    public string? Plan { get; init; }
    public string? Region { get; init; }
    public string? Segment { get; init; }
}

public static class TicketStatus
{
    public const string Open = "open";
    public const string Pending = "pending";
    public const string Solved = "solved";
    public const string Closed = "closed";
}

public sealed record TicketInfo
{
    public required string Id { get; init; }
    public string? Subject { get; init; }
    /// <summary>The first customer message or description, for cancellation-intent and SQL detection.</summary>
    public string? Text { get; init; }
    /// <summary>One of <see cref="TicketStatus"/>.</summary>
    public string? Status { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();
    public string? Channel { get; init; }
    public string? Priority { get; init; }
    public bool Escalated { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}

public sealed record ReplyInfo
{
    public required string TicketId { get; init; }
    /// <summary>False for internal notes, which do not count as a first response.</summary>
    public bool Public { get; init; } = true;
}

/// <summary>A CSAT rating, normalised: <see cref="Satisfied"/> follows DOMAIN.md (4–5 of 5, or "good").</summary>
public sealed record CsatInfo
{
    public string? TicketId { get; init; }
    /// <summary>The source's own value, e.g. "good", "5", "not_good".</summary>
    public required string Value { get; init; }
    /// <summary>The source's scale, e.g. "good_bad", "1-5", "great_okay_not_good".</summary>
    public required string Scale { get; init; }
    public required bool Satisfied { get; init; }
    public string? Comment { get; init; }
}

public sealed record NpsInfo
{
    /// <summary>The survey response id: a comment arriving after its score updates the same response.</summary>
    public required string ResponseId { get; init; }
    public required int Score { get; init; }
    public string? Comment { get; init; }
}

public sealed record ReviewInfo
{
    public required string Id { get; init; }
    public required int Stars { get; init; }
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Platform { get; init; }
    public string? Language { get; init; }
}

public static class SubscriptionStatus
{
    public const string Active = "active";
    public const string Trialing = "trialing";
    public const string PastDue = "past_due";
    public const string Canceled = "canceled";
    public const string Unpaid = "unpaid";
    public const string Ended = "ended";

    /// <summary>DOMAIN.md: active, trialing-to-paid or past due is a customer; past due is not churn.</summary>
    public static bool IsCustomer(string? status) => status is Active or Trialing or PastDue;
}

public sealed record SubscriptionInfo
{
    public required string Id { get; init; }
    /// <summary>One of <see cref="SubscriptionStatus"/>.</summary>
    public required string Status { get; init; }
    public string? Plan { get; init; }
    public Money? MrrBefore { get; init; }
    public required Money MrrAfter { get; init; }
    public DateTimeOffset? CancelAt { get; init; }
}

public sealed record DealInfo
{
    public required string Id { get; init; }
    public Money? Amount { get; init; }
    /// <summary>The recurring revenue the deal adds, where the CRM states it.</summary>
    public Money? Mrr { get; init; }
    public string? TicketId { get; init; }
    public string? Product { get; init; }
}

public sealed record LeadInfo
{
    public required string TicketId { get; init; }
    public string? Reason { get; init; }
    public string? ProductInterest { get; init; }
}
