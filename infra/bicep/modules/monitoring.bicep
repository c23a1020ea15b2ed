// Log Analytics and Application Insights. Local (instrumentation-key) authentication is disabled, so telemetry is
// accepted only from an Entra identity holding Monitoring Metrics Publisher on this component.

@description('Required. Azure region.')
param location string

@description('Required. Name prefix of the resources.')
param name string

@description('Required. Object (principal) id of the Functions app identity, which publishes telemetry.')
param publisherPrincipalId string

@description('Optional. Days Log Analytics keeps the telemetry.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 90

@description('Optional. Tags of the resources.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: '${name}-logs'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
    features: { disableLocalAuth: true }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, publisherPrincipalId, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: appInsights
  properties: {
    description: 'Monitoring Metrics Publisher: Entra-authenticated telemetry ingestion (local auth is disabled).'
    principalId: publisherPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')
  }
}

@description('The name of the Application Insights component.')
output name string = appInsights.name

@description('The resource id of the Application Insights component.')
output resourceId string = appInsights.id

// The connection string holds the instrumentation key, an identifier: with local auth disabled it authorizes nothing.
@description('The Application Insights connection string (no credential: ingestion needs an Entra token).')
output connectionString string = appInsights.properties.ConnectionString

@description('The resource id of the Log Analytics workspace.')
output workspaceResourceId string = workspace.id
