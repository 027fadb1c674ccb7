using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportSignals.Api;
using SupportSignals.Functions.Processing;
using SupportSignals.Intake;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddSupportSignals();
// In Azure the queue is Service Bus; everything else is the same pipeline as the local host.
builder.Services.AddSingleton<IEventQueue, ServiceBusEventQueue>();
await builder.Build().RunAsync();
