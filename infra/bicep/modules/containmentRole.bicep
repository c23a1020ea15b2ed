// Cognitive Services Contributor for the playbooks' containment actions (disable public network access or local auth,
// regenerate keys, scale a deployment to zero), on one AI account or one resource group. Deployed into the target's
// resource group, which may sit in another subscription.

@description('Required. Object (principal) id of the Functions app identity.')
param principalId string

@description('Optional. Name of the AI (Cognitive Services) account in this resource group; empty grants the role on the resource group.')
param accountName string = ''

var cognitiveServicesContributor = '25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68'
var roleDescription = 'Cognitive Services Contributor: AiSec playbook containment actions on AI accounts.'

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = if (!empty(accountName)) {
  name: accountName
}

resource onAccount 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(accountName)) {
  name: guid(account.id, principalId, cognitiveServicesContributor)
  scope: account
  properties: {
    description: roleDescription
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesContributor)
  }
}

resource onResourceGroup 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (empty(accountName)) {
  name: guid(resourceGroup().id, principalId, cognitiveServicesContributor)
  properties: {
    description: roleDescription
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesContributor)
  }
}

@description('The resource id of the role assignment.')
output resourceId string = empty(accountName) ? onResourceGroup.id : onAccount.id
