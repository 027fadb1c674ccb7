using SupportSignals.Events;

namespace SupportSignals.Webhooks;

/// <summary>One item of a batch that could not become an event: it goes to the poison store with its reason.</summary>
public sealed record RejectedEvent(string Reason, string Fragment);

/// <summary>A vendor's answer to its verification handshake (Front's challenge, Intercom's ping).</summary>
public sealed record HandshakeReply(int Status, string ContentType, string Body);

/// <summary>What a delivery turned into: events, per-item rejections, a handshake reply, or a malformed body.</summary>
public sealed record Normalisation
{
    public IReadOnlyList<CanonicalEvent> Events { get; init; } = [];
    public IReadOnlyList<RejectedEvent> Rejected { get; init; } = [];
    public HandshakeReply? Handshake { get; init; }
    /// <summary>Set when the body as a whole cannot be read: the request is answered 400 and nothing is stored.</summary>
    public string? Malformed { get; init; }

    public static Normalisation Of(IReadOnlyList<CanonicalEvent> events, IReadOnlyList<RejectedEvent>? rejected = null) =>
        new() { Events = events, Rejected = rejected ?? [] };

    /// <summary>The events that carry what their type needs; any other is rejected with its reason and <paramref name="fragment"/>.</summary>
    public static Normalisation Validated(IReadOnlyList<CanonicalEvent> events, string fragment)
    {
        var rejected = events.Select(e => EventValidation.Problem(e)).Where(p => p is not null).Select(p => new RejectedEvent(p!, fragment)).ToList();
        return Of([.. events.Where(e => EventValidation.Problem(e) is null)], rejected);
    }

    public static Normalisation Reply(HandshakeReply reply) => new() { Handshake = reply };

    public static Normalisation MalformedBody(string detail) => new() { Malformed = detail };

    /// <summary>A delivery the vendor sends that carries nothing for us (e.g. a topic we do not use): accepted, no events.</summary>
    public static readonly Normalisation Nothing = new();
}
