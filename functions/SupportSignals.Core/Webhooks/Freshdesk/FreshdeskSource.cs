using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Freshdesk;

/// <summary>
/// Freshdesk automation-rule webhooks cannot be signed: the rule sends the shared secret in a custom header
/// (<c>Settings__SecretHeader</c>, default <c>X-SupportSignals-Secret</c>) or as basic auth ("user:password" secret).
/// The admin writes the JSON body; <see cref="TemplateTicketMapping"/> reads it with the field names in
/// docs/sources/freshdesk.md (overridable per field).
/// </summary>
public sealed class FreshdeskSource : IWebhookSource
{
    public const string DefaultSecretHeader = "X-SupportSignals-Secret";

    private static readonly TemplateTicketMapping Template = new("freshdesk", new Dictionary<string, string>
    {
        ["Event"] = "event",
        ["TicketId"] = "ticket_id",
        ["Status"] = "status",
        ["Subject"] = "subject",
        ["Description"] = "description",
        ["Tags"] = "tags",
        ["RequesterId"] = "requester_id",
        ["RequesterEmail"] = "requester_email",
        ["RequesterName"] = "requester_name",
        ["OrganizationId"] = "company_id",
        ["AgentId"] = "agent_id",
        ["UpdatedAt"] = "updated_at",
        ["CreatedAt"] = "created_at",
        ["Priority"] = "priority",
        ["Rating"] = "satisfaction_rating",
        ["RatingComment"] = "satisfaction_comment",
        ["Public"] = "public",
    });

    public string Name => "freshdesk";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json", "application/x-www-form-urlencoded"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options) =>
        SharedSecret.Verify(request, options, options.Setting("SecretHeader") ?? DefaultSecretHeader);

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        var flat = FlatPayload.Read(request, out var error);
        return flat is null ? Normalisation.MalformedBody(error!) : Template.Normalise(flat, options);
    }
}
