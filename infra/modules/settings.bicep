// How deployment parameters become the app's settings: which webhook sources are on, which settings hold secrets,
// and how those reach the app as Key Vault references. Shared by main.bicep and the Key Vault module.

@export()
@description('The vendors the app can receive webhooks from (functions/SupportSignals.Core/Webhooks/KnownSources.cs).')
var webhookSources = [
  'generic'
  'zendesk'
  'intercom'
  'freshdesk'
  'hubspot'
  'helpscout'
  'front'
  'chatwoot'
  'delighted'
  'typeform'
  'trustpilot'
  'stripe'
  'chargebee'
]

@export()
@description('Sources with a non-empty value in perSource; a source without a signing secret stays disabled.')
func configuredSources(sources array, perSource object) array =>
  filter(sources, source => !empty(perSource[?source] ?? ''))

@export()
@description('Keys of perSource that name no known source (a typo would otherwise disable a source silently).')
func unknownSources(sources array, perSource object) array =>
  filter(objectKeys(perSource), source => !contains(sources, source))

@export()
@description('Every app setting whose value is a secret, by setting name: signing secrets of enabled sources, their rotation partners, and extra named secrets.')
func secretSettings(sources array, secrets object, secondarySecrets object, extraSecrets object) object =>
  union(
    toObject(
      filter(items(extraSecrets), setting => !empty(setting.value)),
      setting => setting.key,
      setting => setting.value
    ),
    toObject(configuredSources(sources, secrets), source => 'Webhooks__${source}__Secret', source => secrets[source]),
    toObject(
      intersection(configuredSources(sources, secrets), configuredSources(sources, secondarySecrets)),
      source => 'Webhooks__${source}__SecondarySecret',
      source => secondarySecrets[source]
    )
  )

@export()
@description('Key Vault secret names allow letters, digits and hyphens: Webhooks__zendesk__Secret is kept as Webhooks--zendesk--Secret.')
func keyVaultSecretName(setting string) string => replace(setting, '_', '-')

@export()
@description('The app setting value that makes the platform read the secret with the app identity. Versionless with a trailing slash, so a new version is picked up on the next refresh.')
func keyVaultReference(vaultUri string, setting string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${keyVaultSecretName(setting)}/)'

@export()
@description('Where each source posts: the URL to register at the vendor.')
func webhookUrls(hostName string, sources array) object =>
  toObject(sources, source => source, source => 'https://${hostName}/api/webhooks/${source}')
