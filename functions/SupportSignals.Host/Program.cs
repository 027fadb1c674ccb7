using SupportSignals.Host;

await LocalHost.Build(args).RunAsync();
