using global::Azure;
using global::Azure.Core;
using global::Azure.Core.Pipeline;

namespace SupportSignals.Azure.Sentiment;

/// <summary>Sends the resource key in <c>Ocp-Apim-Subscription-Key</c>, read at send time so a rotated key applies at once.</summary>
internal sealed class KeyHeaderPolicy(AzureKeyCredential credential, string header) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue(header, credential.Key);
}
