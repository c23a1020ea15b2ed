// Grants the Functions app's identity Reader on a subscription so Discovery can inventory it.
// Deploy once per scanned subscription: az deployment sub create -l <region> -f subscriptionReader.bicep -p principalId=<id>
targetScope = 'subscription'

@description('Object id of the Functions app managed identity (main.bicep output identity principal).')
param principalId string

var readerRoleId = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(subscription().id, principalId, readerRoleId)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', readerRoleId)
  }
}
