// Azure resources for overlegbot: a Linux App Service (Node 20), a Storage account whose Blob container holds
// the bot's state (STORAGE=blob; SQLite's WAL is not safe on App Service's /home network share, and several
// instances need one store), reached with the Web App's managed identity (no key in the app settings), and an
// Azure Bot (Bot Service) with the Teams channel whose messaging endpoint is the Web App.
@maxLength(20)
@minLength(4)
param resourceBaseName string
param botAadAppClientId string
@secure()
param botAadAppClientSecret string
param webAppSKU string = 'B1'
@maxLength(42)
param botDisplayName string
param location string = resourceGroup().location
@description('App Service instances; more than one is safe: one scheduler leader at a time, claims against duplicates')
@minValue(1)
param instanceCount int = 1

// Storage account names: 3-24 lowercase letters and digits, globally unique.
var storageAccountName = take('${toLower(replace(resourceBaseName, '-', ''))}state', 24)
var containerName = 'overlegbot'
// Built-in role "Storage Blob Data Contributor".
var blobDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false // managed identity only
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Recover a document deleted or overwritten by mistake.
    deleteRetentionPolicy: { enabled: true, days: 14 }
  }
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: containerName
  properties: { publicAccess: 'None' }
}

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: resourceBaseName
  kind: 'app,linux'
  location: location
  sku: { name: webAppSKU, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: resourceBaseName
  kind: 'app,linux'
  location: location
  identity: { type: 'SystemAssigned' } // DefaultAzureCredential finds it; the role below lets it use the container
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true // the reminder scheduler needs a process that keeps running
      appCommandLine: 'npm start'
      appSettings: [
        { name: 'BOT_ID', value: botAadAppClientId }
        { name: 'BOT_PASSWORD', value: botAadAppClientSecret }
        { name: 'BOT_TYPE', value: 'MultiTenant' }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'PORT', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'STORAGE', value: 'blob' }
        { name: 'AZURE_STORAGE_ACCOUNT_URL', value: storage.properties.primaryEndpoints.blob }
        { name: 'AZURE_STORAGE_CONTAINER', value: containerName }
        { name: 'PUBLIC_URL', value: 'https://${resourceBaseName}.azurewebsites.net' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource webAppBlobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: container
  name: guid(container.id, webApp.id, blobDataContributor)
  properties: {
    roleDefinitionId: blobDataContributor
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  kind: 'azurebot'
  location: 'global'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'MultiTenant'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  location: 'global'
  name: 'MsTeamsChannel'
  properties: { channelName: 'MsTeamsChannel' }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output STORAGE_ACCOUNT_NAME string = storage.name
