// Built-in Azure role definitions the app identity is granted, in one place so every module names them alike.
// Ids are fixed across tenants: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles

@export()
@description('Built-in role definition ids (GUIDs) by role name.')
var builtInRoles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  serviceBusDataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  serviceBusDataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
  cognitiveServicesLanguageReader: '7628b7b8-a8b2-4cdc-b46f-e9b35248918e'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

@export()
@description('The full resource id a role assignment names its role by.')
func roleDefinitionId(role string) string => subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
