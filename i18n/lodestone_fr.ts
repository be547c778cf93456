<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>LodestonePlugin</name>
        <message>
            <source>Targeting workflow...</source>
            <translation>Démarche de ciblage…</translation>
        </message>
        <message>
            <source>Lodestone: from a magnetic survey to a drill plan, step by step</source>
            <translation>Lodestone : du levé magnétique au plan de forage, étape par étape</translation>
        </message>
    </context>
    <context>
        <name>CompileAlterationAlgorithm</name>
        <message>
            <source>Intensity fields</source>
            <translation>Champs d'intensité</translation>
        </message>
        <message>
            <source>Alteration index</source>
            <translation>Indice d'altération</translation>
        </message>
        <message>
            <source>Depth window top (m below the collar)</source>
            <translation>Haut de la fenêtre de profondeur (m sous le collet)</translation>
        </message>
        <message>
            <source>Depth window bottom (m below the collar)</source>
            <translation>Bas de la fenêtre de profondeur (m sous le collet)</translation>
        </message>
        <message>
            <source>Value of a hole</source>
            <translation>Valeur d'un forage</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Search radius (m)</source>
            <translation>Rayon de recherche (m)</translation>
        </message>
        <message>
            <source>Map extent</source>
            <translation>Emprise de la carte</translation>
        </message>
        <message>
            <source>Power (inverse distance)</source>
            <translation>Puissance (inverse de la distance)</translation>
        </message>
        <message>
            <source>Logged alteration (3D points)</source>
            <translation>Altération décrite (points 3D)</translation>
        </message>
        <message>
            <source>Alteration index map</source>
            <translation>Carte de l'indice d'altération</translation>
        </message>
        <message>
            <source>Holes mapped</source>
            <translation>Forages cartographiés</translation>
        </message>
        <message>
            <source>No intensity field was picked (INTENSITY_FIELDS): pick one or more numeric fields of the log, for example carbonate, sericite and fuchsite logged 0-3.</source>
            <translation>Aucun champ d'intensité n'a été choisi (INTENSITY_FIELDS) : choisissez un ou plusieurs champs numériques du journal, par exemple carbonate, séricite et fuchsite notés de 0 à 3.</translation>
        </message>
        <message>
            <source>The alteration log could not be read.</source>
            <translation>Le journal d'altération n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>The alteration log has no field {} (INTENSITY_FIELDS). Its fields are: {}.</source>
            <translation>Le journal d'altération n'a pas de champ {} (INTENSITY_FIELDS). Ses champs sont : {}.</translation>
        </message>
        <message>
            <source>Intensity field {} is the log's hole id, from or to field, or has the name of a field the POINTS output makes ({}). Pick only the intensity fields; rename one whose name clashes.</source>
            <translation>Le champ d'intensité {} est le champ d'identifiant de forage, de début ou de fin du journal, ou porte le nom d'un champ que crée la sortie POINTS ({}). Ne choisissez que les champs d'intensité ; renommez celui dont le nom entre en conflit.</translation>
        </message>
        <message>
            <source>The map extent is empty: draw or choose an extent with an area, or leave it empty to map around the holes.</source>
            <translation>L'emprise de la carte est vide : tracez ou choisissez une emprise d'une certaine surface, ou laissez-la vide pour cartographier autour des forages.</translation>
        </message>
        <message>
            <source>{} logged holes have no interval in the depth window and are not mapped: {}.</source>
            <translation>{} forages décrits n'ont aucun intervalle dans la fenêtre de profondeur et ne sont pas cartographiés : {}.</translation>
        </message>
        <message>
            <source>{} intervals of {} holes placed; {} holes mapped over {}, index from {:.2f} to {:.2f}; {} data problems (warnings above).</source>
            <translation>{} intervalles de {} forages placés ; {} forages cartographiés sur {}, indice de {:.2f} à {:.2f} ; {} problèmes de données (avertissements ci-dessus).</translation>
        </message>
        <message>
            <source>Dip is negative downward</source>
            <translation>Pendage négatif vers le bas</translation>
        </message>
        <message>
            <source>Cut-off (g/t Au)</source>
            <translation>Teneur de coupure (g/t Au)</translation>
        </message>
        <message>
            <source>Minimum interval (m)</source>
            <translation>Intervalle minimal (m)</translation>
        </message>
        <message>
            <source>Maximum internal dilution (m)</source>
            <translation>Dilution interne maximale (m)</translation>
        </message>
        <message>
            <source>Collar coordinates CRS</source>
            <translation>SCR des coordonnées des collets</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>Grille de référence</translation>
        </message>
        <message>
            <source>Deepest level tested</source>
            <translation>Niveau le plus profond testé</translation>
        </message>
        <message>
            <source>The {} table could not be read.</source>
            <translation>La table {} n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The collar table has no field '{}': each hole's length is its deepest survey or assay.</source>
            <translation>La table des collets n'a pas de champ '{}' : la longueur de chaque forage est celle de son levé de déviation ou de son analyse le plus profond.</translation>
        </message>
        <message>
            <source>The {} table has no field '{}' ({}). Pick the right field; the table's fields are: {}.</source>
            <translation>La table {} n'a pas de champ '{}' ({}). Choisissez le bon champ ; les champs de la table sont : {}.</translation>
        </message>
        <message>
            <source>The collar table has no CRS: set 'Collar coordinates CRS' (CRS) to the projected CRS its x and y are in, for example EPSG:32618 for UTM zone 18N.</source>
            <translation>La table des collets n'a pas de SCR : indiquez dans « SCR des coordonnées des collets » (CRS) le SCR projeté de ses x et y, par exemple EPSG:32618 pour la zone UTM 18N.</translation>
        </message>
        <message>
            <source>The collar coordinates</source>
            <translation>Les coordonnées des collets</translation>
        </message>
        <message>
            <source>{} holes compiled, {} intercepts above the cut-off; {} data problems (warnings above).</source>
            <translation>{} forages compilés, {} intersections au-dessus de la teneur de coupure ; {} problèmes de données (avertissements ci-dessus).</translation>
        </message>
        <message>
            <source>The reference grid is in {}, the collars in {}: warp the grid to the collars' CRS or pick another reference.</source>
            <translation>La grille de référence est en {}, les collets en {} : reprojetez la grille dans le SCR des collets ou choisissez une autre référence.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Alteration log</source>
            <translation>Description de l'altération</translation>
        </message>
        <message>
            <source>Logged intervals: hole id, from and to (m along the hole) and the intensity of each alteration (numbers, for example 0-3). A table, a CSV file or a layer.</source>
            <translation>Intervalles décrits : identifiant du forage, début et fin (m le long du forage) et intensité de chaque altération (nombres, par exemple de 0 à 3). Une table, un fichier CSV ou une couche.</translation>
        </message>
        <message>
            <source>Log hole id field</source>
            <translation>Champ d'identifiant de forage du journal</translation>
        </message>
        <message>
            <source>Hole id of each logged interval.</source>
            <translation>Identifiant du forage de chaque intervalle décrit.</translation>
        </message>
        <message>
            <source>From field</source>
            <translation>Champ « de »</translation>
        </message>
        <message>
            <source>Top of the interval, m along the hole.</source>
            <translation>Haut de l'intervalle, en m le long du trou.</translation>
        </message>
        <message>
            <source>To field</source>
            <translation>Champ « à »</translation>
        </message>
        <message>
            <source>Bottom of the interval, m along the hole.</source>
            <translation>Bas de l'intervalle, en m le long du trou.</translation>
        </message>
        <message>
            <source>One or more fields of intensities on one scale, for example carbonate, sericite and fuchsite logged 0-3. Numbers, or text holding numbers (a CSV file).</source>
            <translation>Un ou plusieurs champs d'intensités sur une même échelle, par exemple carbonate, séricite et fuchsite notés de 0 à 3. Des nombres, ou du texte contenant des nombres (un fichier CSV).</translation>
        </message>
        <message>
            <source>Sum of the intensities</source>
            <translation>Somme des intensités</translation>
        </message>
        <message>
            <source>Largest intensity</source>
            <translation>Intensité la plus forte</translation>
        </message>
        <message>
            <source>An interval's index: the sum of its intensities (0-9 for three fields logged 0-3; alterations together score higher) or the largest of them (0-3).</source>
            <translation>Indice d'un intervalle : la somme de ses intensités (0-9 pour trois champs notés de 0 à 3 ; des altérations superposées comptent davantage) ou la plus forte d'entre elles (0-3).</translation>
        </message>
        <message>
            <source>Top of the depth window, vertical metres below the collar. Empty: the collar.</source>
            <translation>Haut de la fenêtre de profondeur, en mètres verticaux sous le collet. Vide : le collet.</translation>
        </message>
        <message>
            <source>Bottom of the depth window, vertical metres below the collar. Empty: the bottom of the holes.</source>
            <translation>Bas de la fenêtre de profondeur, en mètres verticaux sous le collet. Vide : le fond des forages.</translation>
        </message>
        <message>
            <source>Length-weighted mean</source>
            <translation>Moyenne pondérée par la longueur</translation>
        </message>
        <message>
            <source>Largest index</source>
            <translation>Indice le plus fort</translation>
        </message>
        <message>
            <source>The length-weighted mean of the index over the logging inside the window, or the largest index reaching into it.</source>
            <translation>La moyenne de l'indice pondérée par la longueur sur la description comprise dans la fenêtre, ou l'indice le plus fort qui l'atteint.</translation>
        </message>
        <message>
            <source>Cell size of the MAP, in metres.</source>
            <translation>Taille de cellule de la carte MAP, en mètres.</translation>
        </message>
        <message>
            <source>Holes within this distance (m) of a cell centre give it a value; farther from every hole the map is nodata.</source>
            <translation>Les forages situés à moins de cette distance (m) du centre d'une cellule lui donnent une valeur ; plus loin de tout forage, la carte est sans donnée.</translation>
        </message>
        <message>
            <source>The MAP covers this extent. Empty: the holes plus the search radius.</source>
            <translation>La carte MAP couvre cette emprise. Vide : les forages plus le rayon de recherche.</translation>
        </message>
        <message>
            <source>Exponent of the inverse-distance weights; 2 is usual, higher = more local.</source>
            <translation>Exposant des poids de l'inverse de la distance ; 2 est l'usage, plus élevé = plus local.</translation>
        </message>
        <message>
            <source>One 3D point per logged interval at its mid-point: hole_id, from_m, to_m, vertical_depth_m (below the collar), each intensity field, alteration_index, window_m (m of the interval inside the depth window).</source>
            <translation>Un point 3D par intervalle décrit, en son milieu : hole_id, from_m, to_m, vertical_depth_m (sous le collet), chaque champ d'intensité, alteration_index, window_m (m de l'intervalle dans la fenêtre de profondeur).</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF of the holes' alteration index interpolated by inverse distance; nodata farther than the search radius from every hole. Ready for stackevidence.</source>
            <translation>GeoTIFF float32 de l'indice d'altération des forages interpolé par inverse de la distance ; sans donnée au-delà du rayon de recherche de tout forage. Prêt pour stackevidence.</translation>
        </message>
        <message>
            <source>Alteration from drill logs</source>
            <translation>Altération d'après les journaux de forage</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Logged alteration as evidence: an interval log (hole id, from and to in m along the hole, and the intensity of each alteration, for example carbonate, sericite and fuchsite logged 0 none, 1 weak, 2 moderate, 3 strong) becomes 3D points and a map for the evidence stack. Collars and down-hole surveys as for compiledrillholes; each interval's mid-point is desurveyed by minimum curvature. The alteration index of an interval is the sum of its INTENSITY_FIELDS (COMBINE; several alterations together score higher) or the largest of them. Each hole gets one value over the depth window MIN_DEPTH to MAX_DEPTH (m vertical below the collar; empty: from the collar, to the bottom): the length-weighted mean of the index over the parts of its intervals inside the window (unlogged gaps left out), or the largest index reaching into it (SUMMARY), placed where the hole is at the length-weighted centre of those parts. The MAP interpolates the holes' values by inverse distance (weights 1/distance^POWER over the nearest 64 holes within SEARCH_RADIUS), nodata farther than SEARCH_RADIUS from every hole, on CELL_SIZE cells over the holes plus the radius, or over EXTENT: a float32 GeoTIFF stackevidence takes as it is. POINTS: hole_id, from_m, to_m, vertical_depth_m, each intensity field, alteration_index and window_m (the interval's length inside the window). Log rows naming holes without a collar, inverted intervals, overlaps and intensities that are not numbers are listed as warnings and skipped.</source>
            <translation>L'altération décrite comme indice : un journal d'intervalles (identifiant du forage, début et fin en m le long du forage, et intensité de chaque altération, par exemple carbonate, séricite et fuchsite notés 0 nulle, 1 faible, 2 modérée, 3 forte) devient des points 3D et une carte pour la pile d'indices. Collets et levés de déviation comme pour compiledrillholes ; le milieu de chaque intervalle est positionné par courbure minimale. L'indice d'altération d'un intervalle est la somme de ses INTENSITY_FIELDS (COMBINE ; plusieurs altérations ensemble comptent davantage) ou la plus forte d'entre elles. Chaque forage reçoit une valeur sur la fenêtre de profondeur MIN_DEPTH à MAX_DEPTH (m verticaux sous le collet ; vide : du collet au fond) : la moyenne de l'indice pondérée par la longueur sur les parties de ses intervalles comprises dans la fenêtre (lacunes de description exclues), ou l'indice le plus fort qui l'atteint (SUMMARY), placée là où se trouve le forage au centre pondéré de ces parties. La carte MAP interpole les valeurs des forages par inverse de la distance (poids 1/distance^POWER sur les 64 forages les plus proches dans SEARCH_RADIUS), sans donnée au-delà de SEARCH_RADIUS de tout forage, sur des cellules CELL_SIZE couvrant les forages plus le rayon, ou sur EXTENT : un GeoTIFF float32 que stackevidence accepte tel quel. POINTS : hole_id, from_m, to_m, vertical_depth_m, chaque champ d'intensité, alteration_index et window_m (longueur de l'intervalle dans la fenêtre). Les lignes du journal qui nomment des forages sans collet, les intervalles inversés, les chevauchements et les intensités non numériques sont signalés en avertissement et ignorés.</translation>
        </message>
    </context>
    <context>
        <name>DemoPropertyAlgorithm</name>
        <message>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <source>IP chargeability</source>
            <translation>Chargeabilité PP</translation>
        </message>
        <message>
            <source>Generating the demo property with seed {}...</source>
            <translation>Génération de la propriété de démonstration avec la graine {}...</translation>
        </message>
        <message>
            <source>IGRF field at the property on 2019-10-20: I = {:.2f} deg, D = {:.2f} deg, F = {:.0f} nT</source>
            <translation>Champ IGRF à la propriété le 2019-10-20 : I = {:.2f} degrés, D = {:.2f} degrés, F = {:.0f} nT</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Seed of the noise, grades and small shape variations; the geology itself is fixed.</source>
            <translation>Graine du bruit, des teneurs et des petites variations de forme ; la géologie elle-même est fixe.</translation>
        </message>
        <message>
            <source>Ground magnetic survey readings</source>
            <translation>Lectures du levé magnétique au sol</translation>
        </message>
        <message>
            <source>GPS magnetometer readings (EPSG:4326): line, UTC time, longitude, latitude and total magnetic intensity tmi_nt (nT, IGRF main field and diurnal variation included, as the instrument records).</source>
            <translation>Lectures du magnétomètre GPS (EPSG:4326) : ligne, heure UTC, longitude, latitude et intensité magnétique totale tmi_nt (nT, champ principal IGRF et variation diurne compris, tel que l'instrument l'enregistre).</translation>
        </message>
        <message>
            <source>Magnetic base station</source>
            <translation>Station de base magnétique</translation>
        </message>
        <message>
            <source>Base-station table: UTC time and total field (nT) every 30 s, for the diurnal correction.</source>
            <translation>Table de la station de base : heure UTC et champ total (nT) toutes les 30 s, pour la correction diurne.</translation>
        </message>
        <message>
            <source>Mining claims</source>
            <translation>Titres miniers (claims)</translation>
        </message>
        <message>
            <source>Map-designated cells (30 x 30 arc-second graticule) with claim numbers.</source>
            <translation>Cellules désignées sur carte (quadrillage de 30 x 30 secondes d'arc) avec les numéros des titres.</translation>
        </message>
        <message>
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <source>Highway and forestry roads with class and speed (km/h).</source>
            <translation>Route et chemins forestiers avec classe et vitesse (km/h).</translation>
        </message>
        <message>
            <source>Lakes and wetlands</source>
            <translation>Lacs et milieux humides</translation>
        </message>
        <message>
            <source>Lakes and wetlands (field kind).</source>
            <translation>Lacs et milieux humides (champ kind).</translation>
        </message>
        <message>
            <source>Geology</source>
            <translation>Géologie</translation>
        </message>
        <message>
            <source>Geological units; dykes and the altered corridor overlie the volcanic bands (field z_order).</source>
            <translation>Unités géologiques ; les dykes et le couloir altéré recouvrent les bandes volcaniques (champ z_order).</translation>
        </message>
        <message>
            <source>Soil samples</source>
            <translation>Échantillons de sol</translation>
        </message>
        <message>
            <source>B-horizon soil samples with Au in ppb as reported by the laboratory ('&lt;5' below detection).</source>
            <translation>Échantillons de sol de l'horizon B avec Au en ppb tel que rapporté par le laboratoire (« &lt;5 » sous la limite de détection).</translation>
        </message>
        <message>
            <source>Gold showings</source>
            <translation>Indices aurifères</translation>
        </message>
        <message>
            <source>Grab samples with Au (g/t).</source>
            <translation>Échantillons choisis avec Au (g/t).</translation>
        </message>
        <message>
            <source>Drill-hole collars</source>
            <translation>Collets de forage</translation>
        </message>
        <message>
            <source>Collar table: hole_id, x, y, z (m, EPSG:32618), azimuth, dip (negative down), length_m, year.</source>
            <translation>Table des collets : hole_id, x, y, z (m, EPSG:32618), azimuth, dip (négatif vers le bas), length_m, year.</translation>
        </message>
        <message>
            <source>Drill-hole surveys</source>
            <translation>Levés de déviation des forages</translation>
        </message>
        <message>
            <source>Down-hole survey table: hole_id, depth_m, azimuth, dip (negative down).</source>
            <translation>Table des levés de déviation : hole_id, depth_m, azimuth, dip (négatif vers le bas).</translation>
        </message>
        <message>
            <source>Drill-hole assays</source>
            <translation>Analyses des forages</translation>
        </message>
        <message>
            <source>Assay table: hole_id, from_m, to_m, au_gpt.</source>
            <translation>Table des analyses : hole_id, from_m, to_m, au_gpt.</translation>
        </message>
        <message>
            <source>Drill-hole alteration log</source>
            <translation>Journal d'altération des forages</translation>
        </message>
        <message>
            <source>Alteration logged down every hole: hole_id, from_m, to_m and the intensity (0 none, 1 weak, 2 moderate, 3 strong) of carbonate, sericite and fuchsite.</source>
            <translation>Altération décrite le long de chaque forage : hole_id, from_m, to_m et l'intensité (0 nulle, 1 faible, 2 modérée, 3 forte) des carbonates, de la séricite et de la fuchsite.</translation>
        </message>
        <message>
            <source>Truth: dyke traces and corridor axis</source>
            <translation>Vérité : tracés des dykes et axe du couloir</translation>
        </message>
        <message>
            <source>The true dyke traces and corridor axis, for checking what the workflow finds.</source>
            <translation>Les vrais tracés des dykes et l'axe du couloir, pour vérifier ce que la démarche trouve.</translation>
        </message>
        <message>
            <source>Truth: corridor, alteration, magnetic bodies, gold zones</source>
            <translation>Vérité : couloir, altération, corps magnétiques, zones aurifères</translation>
        </message>
        <message>
            <source>The true corridor, alteration zone, magnetic bodies and gold zones (Central Zone, drilled to 125 m vertical, with its dip at each end and dip direction in dip_sw_deg, dip_ne_deg, dip_direction_deg; New West Zone, blind and untested).</source>
            <translation>Le vrai couloir, la zone d'altération, les corps magnétiques et les zones aurifères (zone Centrale, forée jusqu'à 125 m verticaux, avec son pendage à chaque extrémité et sa direction de pendage dans dip_sw_deg, dip_ne_deg, dip_direction_deg ; zone New West, aveugle et non testée).</translation>
        </message>
        <message>
            <source>Chargeability grid (mV/V, 25 m cells) from a pole-dipole IP survey.</source>
            <translation>Grille de chargeabilité (mV/V, cellules de 25 m) d'un levé PP pôle-dipôle.</translation>
        </message>
        <message>
            <source>Generate demo property</source>
            <translation>Générer la propriété de démonstration</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Flux de travail</translation>
        </message>
        <message>
            <source>Generates the embedded demo property: a synthetic 6 x 4 km gold property in UTM 18N (EPSG:32618) modelled on a case 20 km east of Desmaraisville, Quebec. It writes every layer a user brings (GPS magnetic survey with IGRF field and diurnal variation, base station, claims, roads, lakes and wetlands, geology, soils, showings, drill collars, surveys, assays and alteration logs, IP chargeability) and the truth behind them (dykes, the 2.2 km NE corridor, alteration, magnetic bodies, the drilled Central Zone, a shear dipping south-east, and the blind New West Zone). The magnetic field is an analytic prism forward model, induced in the IGRF-14 field of 2019-10-20. The same seed always gives the same property.</source>
            <translation>Génère la propriété de démonstration intégrée : une propriété aurifère synthétique de 6 x 4 km en UTM 18N (EPSG:32618), modelée sur un cas situé à 20 km à l'est de Desmaraisville, au Québec. Elle écrit chaque couche qu'un utilisateur apporte (levé magnétique GPS avec champ IGRF et variation diurne, station de base, titres miniers, routes, lacs et milieux humides, géologie, sols, indices, collets, levés de déviation, analyses et journaux d'altération de forage, chargeabilité PP) et la vérité qui les sous-tend (dykes, couloir NE de 2,2 km, altération, corps magnétiques, zone Centrale forée, un cisaillement à pendage sud-est, et zone New West aveugle). Le champ magnétique est un modèle direct analytique de prismes, induit dans le champ IGRF-14 du 2019-10-20. Une même graine donne toujours la même propriété.</translation>
        </message>
    </context>
    <context>
        <name>CompileDrillHolesAlgorithm</name>
        <message>
            <source>Dip is negative downward</source>
            <translation>Pendage négatif vers le bas</translation>
        </message>
        <message>
            <source>Cut-off (g/t Au)</source>
            <translation>Teneur de coupure (g/t Au)</translation>
        </message>
        <message>
            <source>Minimum interval (m)</source>
            <translation>Intervalle minimal (m)</translation>
        </message>
        <message>
            <source>Maximum internal dilution (m)</source>
            <translation>Dilution interne maximale (m)</translation>
        </message>
        <message>
            <source>Collar coordinates CRS</source>
            <translation>SCR des coordonnées des collets</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>Grille de référence</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Search radius (m)</source>
            <translation>Rayon de recherche (m)</translation>
        </message>
        <message>
            <source>Deepest level tested</source>
            <translation>Niveau le plus profond testé</translation>
        </message>
        <message>
            <source>The {} table could not be read.</source>
            <translation>La table {} n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The collar table has no field '{}': each hole's length is its deepest survey or assay.</source>
            <translation>La table des collets n'a pas de champ '{}' : la longueur de chaque forage est celle de son levé de déviation ou de son analyse le plus profond.</translation>
        </message>
        <message>
            <source>The {} table has no field '{}' ({}). Pick the right field; the table's fields are: {}.</source>
            <translation>La table {} n'a pas de champ '{}' ({}). Choisissez le bon champ ; les champs de la table sont : {}.</translation>
        </message>
        <message>
            <source>The collar table has no CRS: set 'Collar coordinates CRS' (CRS) to the projected CRS its x and y are in, for example EPSG:32618 for UTM zone 18N.</source>
            <translation>La table des collets n'a pas de SCR : indiquez dans « SCR des coordonnées des collets » (CRS) le SCR projeté de ses x et y, par exemple EPSG:32618 pour la zone UTM 18N.</translation>
        </message>
        <message>
            <source>The collar coordinates</source>
            <translation>Les coordonnées des collets</translation>
        </message>
        <message>
            <source>{} holes compiled, {} intercepts above the cut-off; {} data problems (warnings above).</source>
            <translation>{} forages compilés, {} intersections au-dessus de la teneur de coupure ; {} problèmes de données (avertissements ci-dessus).</translation>
        </message>
        <message>
            <source>The reference grid is in {}, the collars in {}: warp the grid to the collars' CRS or pick another reference.</source>
            <translation>La grille de référence est en {}, les collets en {} : reprojetez la grille dans le SCR des collets ou choisissez une autre référence.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Collars</source>
            <translation>Collets</translation>
        </message>
        <message>
            <source>One row per hole: hole id, x (easting), y (northing), z (elevation), all in metres; optional max depth (m). A table, a CSV file or a point layer (its x and y fields are used).</source>
            <translation>Une ligne par forage : identifiant, x (abscisse), y (ordonnée), z (élévation), tous en mètres ; longueur totale facultative (m). Une table, un fichier CSV ou une couche de points (ses champs x et y sont utilisés).</translation>
        </message>
        <message>
            <source>Collar hole id field</source>
            <translation>Champ de l'identifiant du forage (collets)</translation>
        </message>
        <message>
            <source>Hole id of each collar.</source>
            <translation>Identifiant du forage de chaque collet.</translation>
        </message>
        <message>
            <source>Easting field (x)</source>
            <translation>Champ de l'abscisse (x)</translation>
        </message>
        <message>
            <source>Easting in metres, in the CRS below.</source>
            <translation>Abscisse en mètres, dans le SCR ci-dessous.</translation>
        </message>
        <message>
            <source>Northing field (y)</source>
            <translation>Champ de l'ordonnée (y)</translation>
        </message>
        <message>
            <source>Northing in metres, in the CRS below.</source>
            <translation>Ordonnée en mètres, dans le SCR ci-dessous.</translation>
        </message>
        <message>
            <source>Elevation field (z)</source>
            <translation>Champ de l'élévation (z)</translation>
        </message>
        <message>
            <source>Collar elevation in metres (up positive).</source>
            <translation>Élévation du collet en mètres (positive vers le haut).</translation>
        </message>
        <message>
            <source>Max depth field (optional)</source>
            <translation>Champ de la longueur totale (facultatif)</translation>
        </message>
        <message>
            <source>Length of each hole along the hole (m). Empty or not in the table: the deepest survey or assay of the hole. Assays and surveys below it are reported and skipped.</source>
            <translation>Longueur de chaque forage le long du trou (m). Vide ou absent de la table : le levé de déviation ou l'analyse le plus profond du forage. Les analyses et levés au-delà sont signalés et ignorés.</translation>
        </message>
        <message>
            <source>Down-hole surveys</source>
            <translation>Levés de déviation</translation>
        </message>
        <message>
            <source>Survey stations: hole id, depth along the hole (m), azimuth (degrees clockwise from north), dip (degrees from horizontal). Empty: every hole is vertical.</source>
            <translation>Stations de levé de déviation : identifiant du forage, profondeur le long du trou (m), azimut (degrés dans le sens horaire depuis le nord), pendage (degrés depuis l'horizontale). Vide : tous les forages sont verticaux.</translation>
        </message>
        <message>
            <source>Survey hole id field</source>
            <translation>Champ de l'identifiant du forage (levés de déviation)</translation>
        </message>
        <message>
            <source>Hole id of each station.</source>
            <translation>Identifiant du forage de chaque station.</translation>
        </message>
        <message>
            <source>Survey depth field</source>
            <translation>Champ de la profondeur (levés de déviation)</translation>
        </message>
        <message>
            <source>Depth along the hole (m).</source>
            <translation>Profondeur le long du trou (m).</translation>
        </message>
        <message>
            <source>Azimuth field</source>
            <translation>Champ de l'azimut</translation>
        </message>
        <message>
            <source>Degrees clockwise from north.</source>
            <translation>Degrés dans le sens horaire depuis le nord.</translation>
        </message>
        <message>
            <source>Dip field</source>
            <translation>Champ du pendage</translation>
        </message>
        <message>
            <source>Degrees from horizontal; sign as set below.</source>
            <translation>Degrés depuis l'horizontale ; signe selon le réglage ci-dessous.</translation>
        </message>
        <message>
            <source>Assays</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>Sample intervals: hole id, from and to (m along the hole), Au (g/t).</source>
            <translation>Intervalles d'échantillonnage : identifiant du forage, de et à (m le long du trou), Au (g/t).</translation>
        </message>
        <message>
            <source>Assay hole id field</source>
            <translation>Champ de l'identifiant du forage (analyses)</translation>
        </message>
        <message>
            <source>Hole id of each sample.</source>
            <translation>Identifiant du forage de chaque échantillon.</translation>
        </message>
        <message>
            <source>From field</source>
            <translation>Champ « de »</translation>
        </message>
        <message>
            <source>Top of the sample, m along the hole.</source>
            <translation>Haut de l'échantillon, en m le long du trou.</translation>
        </message>
        <message>
            <source>To field</source>
            <translation>Champ « à »</translation>
        </message>
        <message>
            <source>Bottom of the sample, m along the hole.</source>
            <translation>Bas de l'échantillon, en m le long du trou.</translation>
        </message>
        <message>
            <source>Au grade field (g/t)</source>
            <translation>Champ de la teneur en Au (g/t)</translation>
        </message>
        <message>
            <source>Au in g/t; text such as '&lt;0.005' is half the detection limit.</source>
            <translation>Au en g/t ; un texte comme « &lt;0.005 » vaut la moitié de la limite de détection.</translation>
        </message>
        <message>
            <source>On: -90 is a vertical hole drilled down (usual in Canada). Off: +90 is down.</source>
            <translation>Activé : -90 est un forage vertical foré vers le bas (l'usage au Canada). Désactivé : +90 est vers le bas.</translation>
        </message>
        <message>
            <source>Composites start and end with samples at or above this grade and average at least it.</source>
            <translation>Les composites commencent et finissent par des échantillons à cette teneur ou au-dessus et ont une moyenne au moins égale.</translation>
        </message>
        <message>
            <source>Composites shorter than this (m along the hole) are not reported.</source>
            <translation>Les composites plus courts que cette longueur (m le long du trou) ne sont pas rapportés.</translation>
        </message>
        <message>
            <source>Longest run of below-cut-off material (or unsampled gap) a composite may include.</source>
            <translation>Plus longue passe sous la teneur de coupure (ou lacune non échantillonnée) qu'un composite peut inclure.</translation>
        </message>
        <message>
            <source>The projected CRS of the collar x and y (metres). Empty: the collar layer's CRS; a CSV table has none, so set it (e.g. EPSG:32618 for UTM zone 18N).</source>
            <translation>Le SCR projeté des x et y des collets (mètres). Vide : le SCR de la couche des collets ; une table CSV n'en a pas, indiquez-le donc (p. ex. EPSG:32618 pour la zone UTM 18N).</translation>
        </message>
        <message>
            <source>TESTED_DEPTH is made on this raster's grid (same CRS as the collars). Empty: CELL_SIZE cells around the holes.</source>
            <translation>TESTED_DEPTH est produit sur la grille de ce raster (même SCR que les collets). Vide : des cellules de CELL_SIZE autour des forages.</translation>
        </message>
        <message>
            <source>Cell size of TESTED_DEPTH when there is no reference grid.</source>
            <translation>Taille de cellule de TESTED_DEPTH en l'absence de grille de référence.</translation>
        </message>
        <message>
            <source>A cell counts as tested by a hole passing within this horizontal distance (m).</source>
            <translation>Une cellule compte comme testée par un forage qui passe à moins de cette distance horizontale (m).</translation>
        </message>
        <message>
            <source>Hole traces</source>
            <translation>Tracés des forages</translation>
        </message>
        <message>
            <source>3D lines (LineStringZ) from collar to end of hole: hole_id, length_m, deepest_vertical_m.</source>
            <translation>Lignes 3D (LineStringZ) du collet au fond du trou : hole_id, length_m, deepest_vertical_m.</translation>
        </message>
        <message>
            <source>Intercepts</source>
            <translation>Intersections minéralisées</translation>
        </message>
        <message>
            <source>Composite mid-points (3D): hole_id, from_m, to_m, length_m, au_gpt, grade_x_length, vertical_depth_m (below the collar), label.</source>
            <translation>Points milieux des composites (3D) : hole_id, from_m, to_m, length_m, au_gpt, grade_x_length, vertical_depth_m (sous le collet), label.</translation>
        </message>
        <message>
            <source>Holes</source>
            <translation>Forages</translation>
        </message>
        <message>
            <source>Collars (3D): hole_id, best_intercept (largest grade x length), max_au_gpt, deepest_vertical_m, n_intercepts.</source>
            <translation>Collets (3D) : hole_id, best_intercept (plus grand teneur x longueur), max_au_gpt, deepest_vertical_m, n_intercepts.</translation>
        </message>
        <message>
            <source>Deepest vertical depth (m below the collar) reached by a hole within SEARCH_RADIUS; nodata where no hole passes.</source>
            <translation>Plus grande profondeur verticale (m sous le collet) atteinte par un forage à moins de SEARCH_RADIUS ; sans données là où aucun forage ne passe.</translation>
        </message>
        <message>
            <source>Compile drill holes</source>
            <translation>Compiler les forages</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Historical drill holes from three tables (layers or CSV files): collars (hole id, x, y, z in metres, optional max depth), down-hole surveys (hole id, depth along the hole in m, azimuth in degrees clockwise from north, dip in degrees from horizontal, negative downward unless DIP_NEGATIVE_DOWN is off) and assays (hole id, from and to in m along the hole, Au g/t; '&lt;0.005' is read as half the detection limit). Holes are desurveyed by the minimum curvature method (Sawaryn &amp; Thorogood 2005, SPE Drilling &amp; Completion 20(1)); a hole without survey rows is vertical. Assays are composited by length weighting: a composite starts and ends at or above CUTOFF (g/t); unsampled gaps count as zero grade; an internal run of below-cut-off material is taken in if it is at most MAX_INTERNAL_DILUTION m long and the composite still averages at least the cut-off; composites shorter than MIN_INTERVAL m are dropped. Outputs: 3D hole traces, intercepts at their mid-point ('6.9 g/t Au over 3.8 m', with vertical depth in m below the collar), one point per hole (best intercept by grade x length, maximum grade, deepest vertical depth) and TESTED_DEPTH, the deepest vertical depth (m below the collar) reached by any hole within SEARCH_RADIUS of each cell (nodata where no hole passes), so an untested zone or one never tested below 125 m shows. Rows with problems (unknown hole ids, overlapping, inverted or too deep intervals, duplicate collars, non-numeric grades) are listed as warnings with hole id and row number (data rows counted from 1) and skipped; the rest is compiled.</source>
            <translation>Forages historiques à partir de trois tables (couches ou fichiers CSV) : collets (identifiant du forage, x, y, z en mètres, longueur totale facultative), levés de déviation (identifiant, profondeur le long du forage en m, azimut en degrés dans le sens horaire depuis le nord, pendage en degrés depuis l'horizontale, négatif vers le bas sauf si DIP_NEGATIVE_DOWN est désactivé) et analyses (identifiant, de et à en m le long du forage, Au g/t ; « &lt;0.005 » est lu comme la moitié de la limite de détection). Les forages sont reconstitués par la méthode de courbure minimale (Sawaryn et Thorogood 2005, SPE Drilling &amp; Completion 20(1)) ; un forage sans levé de déviation est vertical. Les analyses sont composées par pondération selon la longueur : un composite commence et se termine à la teneur de coupure CUTOFF (g/t) ou au-dessus ; les intervalles non échantillonnés comptent pour une teneur nulle ; une passe interne sous la coupure est incluse si elle mesure au plus MAX_INTERNAL_DILUTION m et que le composite reste en moyenne au moins à la coupure ; les composites plus courts que MIN_INTERVAL m sont écartés. Résultats : tracés 3D des forages, intersections à leur point milieu (« 6,9 g/t Au sur 3,8 m », avec la profondeur verticale en m sous le collet), un point par forage (meilleure intersection selon teneur x longueur, teneur maximale, profondeur verticale la plus grande) et TESTED_DEPTH, la plus grande profondeur verticale (m sous le collet) atteinte par un forage à moins de SEARCH_RADIUS de chaque cellule (sans données là où aucun forage ne passe), ce qui fait ressortir une zone jamais testée, ou jamais sous 125 m. Les lignes problématiques (identifiants inconnus, intervalles chevauchants, inversés ou trop profonds, collets en double, teneurs non numériques) sont signalées en avertissement avec l'identifiant et le numéro de ligne (lignes de données comptées à partir de 1) et ignorées ; le reste est compilé.</translation>
        </message>
    </context>
    <context>
        <name>ZoneGeometryAlgorithm</name>
        <message>
            <source>Dip is negative downward</source>
            <translation>Pendage négatif vers le bas</translation>
        </message>
        <message>
            <source>Cut-off (g/t Au)</source>
            <translation>Teneur de coupure (g/t Au)</translation>
        </message>
        <message>
            <source>Minimum interval (m)</source>
            <translation>Intervalle minimal (m)</translation>
        </message>
        <message>
            <source>Maximum internal dilution (m)</source>
            <translation>Dilution interne maximale (m)</translation>
        </message>
        <message>
            <source>Collar coordinates CRS</source>
            <translation>SCR des coordonnées des collets</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>Grille de référence</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Search radius (m)</source>
            <translation>Rayon de recherche (m)</translation>
        </message>
        <message>
            <source>Deepest level tested</source>
            <translation>Niveau le plus profond testé</translation>
        </message>
        <message>
            <source>The {} table could not be read.</source>
            <translation>La table {} n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The collar table has no field '{}': each hole's length is its deepest survey or assay.</source>
            <translation>La table des collets n'a pas de champ '{}' : la longueur de chaque forage est celle de son levé de déviation ou de son analyse le plus profond.</translation>
        </message>
        <message>
            <source>The {} table has no field '{}' ({}). Pick the right field; the table's fields are: {}.</source>
            <translation>La table {} n'a pas de champ '{}' ({}). Choisissez le bon champ ; les champs de la table sont : {}.</translation>
        </message>
        <message>
            <source>The collar table has no CRS: set 'Collar coordinates CRS' (CRS) to the projected CRS its x and y are in, for example EPSG:32618 for UTM zone 18N.</source>
            <translation>La table des collets n'a pas de SCR : indiquez dans « SCR des coordonnées des collets » (CRS) le SCR projeté de ses x et y, par exemple EPSG:32618 pour la zone UTM 18N.</translation>
        </message>
        <message>
            <source>The collar coordinates</source>
            <translation>Les coordonnées des collets</translation>
        </message>
        <message>
            <source>{} holes compiled, {} intercepts above the cut-off; {} data problems (warnings above).</source>
            <translation>{} forages compilés, {} intersections au-dessus de la teneur de coupure ; {} problèmes de données (avertissements ci-dessus).</translation>
        </message>
        <message>
            <source>The reference grid is in {}, the collars in {}: warp the grid to the collars' CRS or pick another reference.</source>
            <translation>La grille de référence est en {}, les collets en {} : reprojetez la grille dans le SCR des collets ou choisissez une autre référence.</translation>
        </message>
        <message>
            <source>Selection expression</source>
            <translation>Expression de sélection</translation>
        </message>
        <message>
            <source>Levels (m below the ground)</source>
            <translation>Niveaux (m sous la surface)</translation>
        </message>
        <message>
            <source>Sections along strike</source>
            <translation>Sections le long de la direction</translation>
        </message>
        <message>
            <source>Bootstrap resamples</source>
            <translation>Rééchantillonnages bootstrap</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <source>Pierce points</source>
            <translation>Points de perçage</translation>
        </message>
        <message>
            <source>Zone surface elevation (m)</source>
            <translation>Élévation de la surface de la zone (m)</translation>
        </message>
        <message>
            <source>Zone traces at levels</source>
            <translation>Tracés de la zone aux niveaux</translation>
        </message>
        <message>
            <source>Dip by section along strike</source>
            <translation>Pendage par section le long de la direction</translation>
        </message>
        <message>
            <source>The interval table could not be read.</source>
            <translation>La table des intervalles n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The selection expression '{}' cannot be read ({}). Write a QGIS expression on the interval table's fields, for example "au_gpt" &gt;= 0.5.</source>
            <translation>L'expression de sélection '{}' ne peut pas être lue ({}). Écrivez une expression QGIS sur les champs de la table des intervalles, par exemple "au_gpt" &gt;= 0.5.</translation>
        </message>
        <message>
            <source>The selection expression '{}' names {}, which the interval table does not have. Its fields: {}.</source>
            <translation>L'expression de sélection '{}' nomme {}, que la table des intervalles n'a pas. Ses champs : {}.</translation>
        </message>
        <message>
            <source>The selection expression '{}' selects none of the {} intervals, so no hole cuts the zone. Loosen it (for example a lower grade) or check the field it names.</source>
            <translation>L'expression de sélection '{}' ne sélectionne aucun des {} intervalles, donc aucun forage ne recoupe la zone. Assouplissez-la (par exemple une teneur plus basse) ou vérifiez le champ qu'elle nomme.</translation>
        </message>
        <message>
            <source>{} holes miss the zone (no interval selected): {}.</source>
            <translation>{} forages ne recoupent pas la zone (aucun intervalle sélectionné) : {}.</translation>
        </message>
        <message>
            <source>The zone is within a degree of flat: it does not cross the {:g} m level as a band, so that level has no trace.</source>
            <translation>La zone est horizontale à moins d'un degré près : elle ne traverse pas le niveau de {:g} m sous forme de bande, ce niveau n'a donc pas de tracé.</translation>
        </message>
        <message>
            <source>not determined</source>
            <translation>non déterminé</translation>
        </message>
        <message>
            <source>Zone fitted to {} pierce points: strike {:.1f} (95 % interval {}), dip {:.1f} ({}) towards {:.1f} ({}) degrees; median true thickness {:.1f} m; pierce points {:.1f} m (RMS) from the plane; {} bootstrap refits.</source>
            <translation>Zone ajustée à {} points de perçage : direction {:.1f} (intervalle à 95 % {}), pendage {:.1f} ({}) vers {:.1f} ({}) degrés ; épaisseur vraie médiane {:.1f} m ; points de perçage à {:.1f} m (RMS) du plan ; {} réajustements bootstrap.</translation>
        </message>
        <message>
            <source>no hole</source>
            <translation>aucun forage</translation>
        </message>
        <message>
            <source>{} holes ({}), centre {:.0f} E {:.0f} N at {:.0f} m elevation</source>
            <translation>{} forages ({}), centre {:.0f} E {:.0f} N à {:.0f} m d'élévation</translation>
        </message>
        <message>
            <source>not determined (a section needs {} holes in a line)</source>
            <translation>non déterminé (une section exige {} forages pour ajuster une ligne)</translation>
        </message>
        <message>
            <source>{:.1f} ({})</source>
            <translation>{:.1f} ({})</translation>
        </message>
        <message>
            <source>Section {} ({} to {} m along strike; {}): dip {}.</source>
            <translation>Section {} ({} à {} m le long de la direction ; {}) : pendage {}.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Zone intervals</source>
            <translation>Intervalles de la zone</translation>
        </message>
        <message>
            <source>The intervals in the zone: hole id, from and to (m along the hole). The INTERCEPTS layer of compiledrillholes, or an assay or log table with a selection expression.</source>
            <translation>Les intervalles dans la zone : identifiant du forage, de et à (m le long du trou). La couche INTERCEPTS de compiledrillholes, ou une table d'analyses ou de description avec une expression de sélection.</translation>
        </message>
        <message>
            <source>Interval hole id field</source>
            <translation>Champ de l'identifiant du forage (intervalles)</translation>
        </message>
        <message>
            <source>Hole id of each interval.</source>
            <translation>Identifiant du forage de chaque intervalle.</translation>
        </message>
        <message>
            <source>From field</source>
            <translation>Champ « de »</translation>
        </message>
        <message>
            <source>Top of the interval, m along the hole.</source>
            <translation>Haut de l'intervalle, en m le long du trou.</translation>
        </message>
        <message>
            <source>To field</source>
            <translation>Champ « à »</translation>
        </message>
        <message>
            <source>Bottom of the interval, m along the hole.</source>
            <translation>Bas de l'intervalle, en m le long du trou.</translation>
        </message>
        <message>
            <source>The intervals in the zone, for example "au_gpt" &gt;= 0.5 on an assay table. Empty: every interval (as for the intercepts of compiledrillholes).</source>
            <translation>Les intervalles dans la zone, par exemple "au_gpt" &gt;= 0.5 sur une table d'analyses. Vide : tous les intervalles (comme pour les intersections de compiledrillholes).</translation>
        </message>
        <message>
            <source>Vertical depths in metres below the ground (the mean collar elevation), separated by commas: one trace of the zone for each.</source>
            <translation>Profondeurs verticales en mètres sous la surface (l'élévation moyenne des collets), séparées par des virgules : un tracé de la zone pour chacune.</translation>
        </message>
        <message>
            <source>Cell size of the SURFACE raster.</source>
            <translation>Taille de cellule du raster SURFACE.</translation>
        </message>
        <message>
            <source>Windows of equal length along strike, each given its own dip (if it holds 4 holes).</source>
            <translation>Fenêtres de longueur égale le long de la direction, chacune avec son propre pendage (si elle contient 4 forages).</translation>
        </message>
        <message>
            <source>Refits to the holes resampled with replacement, for the 95 % intervals (0: none).</source>
            <translation>Réajustements aux forages rééchantillonnés avec remise, pour les intervalles à 95 % (0 : aucun).</translation>
        </message>
        <message>
            <source>Seed of the bootstrap draw: the same seed gives the same intervals.</source>
            <translation>Graine du tirage bootstrap : la même graine donne les mêmes intervalles.</translation>
        </message>
        <message>
            <source>One 3D point per hole that cuts the zone: hole_id, x, y, z, from_m, to_m, vertical_depth_m, true_thickness_m, residual_m (from the plane, + above), section.</source>
            <translation>Un point 3D par forage qui recoupe la zone : hole_id, x, y, z, from_m, to_m, vertical_depth_m, true_thickness_m, residual_m (par rapport au plan, + au-dessus), section.</translation>
        </message>
        <message>
            <source>Elevation (m) of the zone's mid-surface, from the ground down to the deepest level, along the drilled strike length; nodata elsewhere.</source>
            <translation>Élévation (m) de la surface médiane de la zone, de la surface du sol jusqu'au niveau le plus profond, sur la longueur forée en direction ; sans données ailleurs.</translation>
        </message>
        <message>
            <source>For each level, the band where the zone crosses it: level_m, elevation_m.</source>
            <translation>Pour chaque niveau, la bande où la zone le traverse : level_m, elevation_m.</translation>
        </message>
        <message>
            <source>Strike (degrees, right-hand rule)</source>
            <translation>Direction (degrés, règle de la main droite)</translation>
        </message>
        <message>
            <source>Dip (degrees)</source>
            <translation>Pendage (degrés)</translation>
        </message>
        <message>
            <source>Dip direction (degrees)</source>
            <translation>Direction de pendage (degrés)</translation>
        </message>
        <message>
            <source>Median true thickness (m)</source>
            <translation>Épaisseur vraie médiane (m)</translation>
        </message>
        <message>
            <source>Holes that cut it</source>
            <translation>Forages qui la recoupent</translation>
        </message>
        <message>
            <source>{}: low end of the 95 % interval</source>
            <translation>{} : borne inférieure de l'intervalle à 95 %</translation>
        </message>
        <message>
            <source>Strike</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>{}: high end of the 95 % interval</source>
            <translation>{} : borne supérieure de l'intervalle à 95 %</translation>
        </message>
        <message>
            <source>Dip</source>
            <translation>Pendage</translation>
        </message>
        <message>
            <source>Dip direction</source>
            <translation>Direction de pendage</translation>
        </message>
        <message>
            <source>Zone geometry (strike and dip from drill holes)</source>
            <translation>Géométrie de la zone (direction et pendage à partir des forages)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Fits a mineralised zone's strike, dip and dip direction to where drill holes cut it, with 95 % bootstrap intervals, finds how the dip changes along strike, and maps the zone: its elevation as a raster and its trace at chosen vertical depths. Inputs: collars and down-hole surveys as for compiledrillholes, and the zone's intervals (hole id, from and to in m along the hole): the INTERCEPTS layer of compiledrillholes, or an assay table with a SELECTION expression such as "au_gpt" &gt;= 0.5. Each hole that cuts the zone gives one pierce point, the length-weighted centre of its selected intervals, desurveyed by minimum curvature; holes with no selected interval miss the zone and are listed. The plane is the least-squares (total least squares, SVD) plane of the pierce points; the intervals come from N_BOOTSTRAP refits to the holes resampled with replacement (SEED fixes the draw). Strike follows the right-hand rule (the zone dips to the right looking along strike), in degrees clockwise from north; dip in degrees from horizontal. The dip along strike: N_SECTIONS windows of equal length along strike, each with the dip of the line fitted to its pierce points in the cross-section (strike kept; a section needs 4 holes). The zone's mid-surface follows the section dips, linear between section centres, over the drilled strike length. Outputs: PIERCE_POINTS (3D, with true thickness and distance from the plane), SURFACE (mid-surface elevation in m, from the ground down to the deepest level; the ground is the mean collar elevation) and LEVEL_TRACES (for each depth of LEVELS in m below the ground, the band where the zone crosses that level: its mid-surface's trace widened to the zone's horizontal width, median true thickness / sin(dip)). Too few holes (under 3), holes all in one vertical section, or pierce points along one line are refused: the strike or dip would be undetermined.</source>
            <translation>Ajuste la direction, le pendage et la direction de pendage d'une zone minéralisée aux endroits où les forages la recoupent, avec des intervalles bootstrap à 95 %, détermine comment le pendage varie le long de la direction et cartographie la zone : son élévation en raster et son tracé à des profondeurs verticales choisies. Entrées : collets et levés de déviation comme pour compiledrillholes, et les intervalles de la zone (identifiant du forage, de et à en m le long du trou) : la couche INTERCEPTS de compiledrillholes, ou une table d'analyses avec une expression SELECTION telle que "au_gpt" &gt;= 0.5. Chaque forage qui recoupe la zone donne un point de perçage, le centre pondéré par la longueur de ses intervalles sélectionnés, positionné par la méthode de la courbure minimale ; les forages sans intervalle sélectionné ne recoupent pas la zone et sont listés. Le plan est le plan des moindres carrés (moindres carrés totaux, SVD) des points de perçage ; les intervalles proviennent de N_BOOTSTRAP réajustements aux forages rééchantillonnés avec remise (SEED fixe le tirage). La direction suit la règle de la main droite (la zone pend vers la droite quand on regarde dans le sens de la direction), en degrés dans le sens horaire depuis le nord ; le pendage en degrés depuis l'horizontale. Le pendage le long de la direction : N_SECTIONS fenêtres de longueur égale le long de la direction, chacune avec le pendage de la ligne ajustée à ses points de perçage dans la coupe transversale (direction conservée ; une section exige 4 forages). La surface médiane de la zone suit les pendages des sections, linéairement entre les centres des sections, sur la longueur forée en direction. Sorties : PIERCE_POINTS (3D, avec l'épaisseur vraie et la distance au plan), SURFACE (élévation de la surface médiane en m, de la surface du sol jusqu'au niveau le plus profond ; la surface du sol est l'élévation moyenne des collets) et LEVEL_TRACES (pour chaque profondeur de LEVELS en m sous la surface, la bande où la zone traverse ce niveau : le tracé de sa surface médiane élargi à la largeur horizontale de la zone, épaisseur vraie médiane / sin(pendage)). Trop peu de forages (moins de 3), des forages tous dans une même section verticale ou des points de perçage alignés sur une seule ligne sont refusés : la direction ou le pendage serait indéterminé.</translation>
        </message>
    </context>
    <context>
        <name>DrillSectionAlgorithm</name>
        <message>
            <source>Dip is negative downward</source>
            <translation>Pendage négatif vers le bas</translation>
        </message>
        <message>
            <source>Cut-off (g/t Au)</source>
            <translation>Teneur de coupure (g/t Au)</translation>
        </message>
        <message>
            <source>Minimum interval (m)</source>
            <translation>Intervalle minimal (m)</translation>
        </message>
        <message>
            <source>Maximum internal dilution (m)</source>
            <translation>Dilution interne maximale (m)</translation>
        </message>
        <message>
            <source>Collar coordinates CRS</source>
            <translation>SCR des coordonnées des collets</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>Grille de référence</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Search radius (m)</source>
            <translation>Rayon de recherche (m)</translation>
        </message>
        <message>
            <source>Deepest level tested</source>
            <translation>Niveau le plus profond testé</translation>
        </message>
        <message>
            <source>The {} table could not be read.</source>
            <translation>La table {} n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The collar table has no field '{}': each hole's length is its deepest survey or assay.</source>
            <translation>La table des collets n'a pas de champ '{}' : la longueur de chaque forage est celle de son levé de déviation ou de son analyse le plus profond.</translation>
        </message>
        <message>
            <source>The {} table has no field '{}' ({}). Pick the right field; the table's fields are: {}.</source>
            <translation>La table {} n'a pas de champ '{}' ({}). Choisissez le bon champ ; les champs de la table sont : {}.</translation>
        </message>
        <message>
            <source>The collar table has no CRS: set 'Collar coordinates CRS' (CRS) to the projected CRS its x and y are in, for example EPSG:32618 for UTM zone 18N.</source>
            <translation>La table des collets n'a pas de SCR : indiquez dans « SCR des coordonnées des collets » (CRS) le SCR projeté de ses x et y, par exemple EPSG:32618 pour la zone UTM 18N.</translation>
        </message>
        <message>
            <source>The collar coordinates</source>
            <translation>Les coordonnées des collets</translation>
        </message>
        <message>
            <source>{} holes compiled, {} intercepts above the cut-off; {} data problems (warnings above).</source>
            <translation>{} forages compilés, {} intersections au-dessus de la teneur de coupure ; {} problèmes de données (avertissements ci-dessus).</translation>
        </message>
        <message>
            <source>The reference grid is in {}, the collars in {}: warp the grid to the collars' CRS or pick another reference.</source>
            <translation>La grille de référence est en {}, les collets en {} : reprojetez la grille dans le SCR des collets ou choisissez une autre référence.</translation>
        </message>
        <message>
            <source>Planned holes</source>
            <translation>Forages prévus</translation>
        </message>
        <message>
            <source>Zone pierce points</source>
            <translation>Points de perçage de la zone</translation>
        </message>
        <message>
            <source>Zone strike (deg, right-hand rule)</source>
            <translation>Direction de la zone (deg, règle de la main droite)</translation>
        </message>
        <message>
            <source>Zone dip (deg)</source>
            <translation>Pendage de la zone (deg)</translation>
        </message>
        <message>
            <source>Levels (m below the ground)</source>
            <translation>Niveaux (m sous la surface)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Drill section</source>
            <translation>Section de forage</translation>
        </message>
        <message>
            <source>Section line</source>
            <translation>Ligne de section</translation>
        </message>
        <message>
            <source>Section through holes (ids)</source>
            <translation>Section passant par des forages (identifiants)</translation>
        </message>
        <message>
            <source>Section azimuth (deg)</source>
            <translation>Azimut de la section (deg)</translation>
        </message>
        <message>
            <source>Window half-width (m)</source>
            <translation>Demi-largeur de la fenêtre (m)</translation>
        </message>
        <message>
            <source>Section figure (SVG)</source>
            <translation>Figure de la section (SVG)</translation>
        </message>
        <message>
            <source>SVG files (*.svg)</source>
            <translation>Fichiers SVG (*.svg)</translation>
        </message>
        <message>
            <source>Section figure (PNG)</source>
            <translation>Figure de la section (PNG)</translation>
        </message>
        <message>
            <source>PNG files (*.png)</source>
            <translation>Fichiers PNG (*.png)</translation>
        </message>
        <message>
            <source>The {} layer has no field {}. Give {}; its fields are: {}.</source>
            <translation>La couche {} n'a pas de champ {}. Donnez {} ; ses champs sont : {}.</translation>
        </message>
        <message>
            <source>the PIERCE_POINTS output of zonegeometry</source>
            <translation>la sortie PIERCE_POINTS de zonegeometry</translation>
        </message>
        <message>
            <source>Give the zone once: the pierce points of zonegeometry, or a strike and dip, not both.</source>
            <translation>Donnez la zone une seule fois : les points de perçage de zonegeometry, ou une direction et un pendage, pas les deux.</translation>
        </message>
        <message>
            <source>Give both the zone's strike and its dip (ZONE_STRIKE and ZONE_DIP), or the PIERCE_POINTS of zonegeometry.</source>
            <translation>Donnez à la fois la direction et le pendage de la zone (ZONE_STRIKE et ZONE_DIP), ou les PIERCE_POINTS de zonegeometry.</translation>
        </message>
        <message>
            <source>Zone: strike {:.1f}, dip {:.1f} towards {:.1f} degrees, median true thickness {:.1f} m.</source>
            <translation>Zone : direction {:.1f}, pendage {:.1f} vers {:.1f} degrés, épaisseur vraie médiane {:.1f} m.</translation>
        </message>
        <message>
            <source>the COLLARS layer of plandrillprogram</source>
            <translation>la couche COLLARS de plandrillprogram</translation>
        </message>
        <message>
            <source>Give the section once: a LINE layer or HOLE_IDS, not both.</source>
            <translation>Donnez la section une seule fois : une couche LINE ou HOLE_IDS, pas les deux.</translation>
        </message>
        <message>
            <source>The section line layer has no line: draw the section across the holes, or give HOLE_IDS instead.</source>
            <translation>La couche de ligne de section n'a aucune ligne : tracez la section à travers les forages, ou donnez plutôt HOLE_IDS.</translation>
        </message>
        <message>
            <source>The section line layer has {} lines: the first is the section.</source>
            <translation>La couche de ligne de section a {} lignes : la première est la section.</translation>
        </message>
        <message>
            <source>Give the section: a LINE layer (its first line, from its first to its last vertex) or HOLE_IDS, the ids of the holes it passes through, with an AZIMUTH or a zone to cross.</source>
            <translation>Donnez la section : une couche LINE (sa première ligne, de son premier à son dernier sommet) ou HOLE_IDS, les identifiants des forages par lesquels elle passe, avec un AZIMUTH ou une zone à recouper.</translation>
        </message>
        <message>
            <source>A section through holes needs a direction: give its AZIMUTH (degrees clockwise from north), or the zone (PIERCE_POINTS, or ZONE_STRIKE and ZONE_DIP) for a section across its strike.</source>
            <translation>Une section passant par des forages a besoin d'une orientation : donnez son AZIMUTH (degrés dans le sens horaire depuis le nord), ou la zone (PIERCE_POINTS, ou ZONE_STRIKE et ZONE_DIP) pour une section transversale à sa direction.</translation>
        </message>
        <message>
            <source>Cannot write the PNG '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le PNG '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Section {:.0f} m long at azimuth {:.1f} ({} to {}), from {:.1f} E {:.1f} N; holes within {:g} m projected onto it: {} ({}); planned: {}; {} intervals drawn.</source>
            <translation>Section de {:.0f} m de long à l'azimut {:.1f} ({} à {}), depuis {:.1f} E {:.1f} N ; forages à moins de {:g} m projetés sur celle-ci : {} ({}) ; prévus : {} ; {} intervalles tracés.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>The zone crosses the section with an apparent dip of {:.1f} degrees (dip {:.1f} towards {:.1f} there).</source>
            <translation>La zone traverse la section avec un pendage apparent de {:.1f} degrés (pendage {:.1f} vers {:.1f} à cet endroit).</translation>
        </message>
        <message>
            <source>ground (collars)</source>
            <translation>surface du sol (collets)</translation>
        </message>
        <message>
            <source>Selection expression</source>
            <translation>Expression de sélection</translation>
        </message>
        <message>
            <source>Sections along strike</source>
            <translation>Sections le long de la direction</translation>
        </message>
        <message>
            <source>Bootstrap resamples</source>
            <translation>Rééchantillonnages bootstrap</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <source>Pierce points</source>
            <translation>Points de perçage</translation>
        </message>
        <message>
            <source>Zone surface elevation (m)</source>
            <translation>Élévation de la surface de la zone (m)</translation>
        </message>
        <message>
            <source>Zone traces at levels</source>
            <translation>Tracés de la zone aux niveaux</translation>
        </message>
        <message>
            <source>Dip by section along strike</source>
            <translation>Pendage par section le long de la direction</translation>
        </message>
        <message>
            <source>The interval table could not be read.</source>
            <translation>La table des intervalles n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The selection expression '{}' cannot be read ({}). Write a QGIS expression on the interval table's fields, for example "au_gpt" &gt;= 0.5.</source>
            <translation>L'expression de sélection '{}' ne peut pas être lue ({}). Écrivez une expression QGIS sur les champs de la table des intervalles, par exemple "au_gpt" &gt;= 0.5.</translation>
        </message>
        <message>
            <source>The selection expression '{}' names {}, which the interval table does not have. Its fields: {}.</source>
            <translation>L'expression de sélection '{}' nomme {}, que la table des intervalles n'a pas. Ses champs : {}.</translation>
        </message>
        <message>
            <source>The selection expression '{}' selects none of the {} intervals, so no hole cuts the zone. Loosen it (for example a lower grade) or check the field it names.</source>
            <translation>L'expression de sélection '{}' ne sélectionne aucun des {} intervalles, donc aucun forage ne recoupe la zone. Assouplissez-la (par exemple une teneur plus basse) ou vérifiez le champ qu'elle nomme.</translation>
        </message>
        <message>
            <source>{} holes miss the zone (no interval selected): {}.</source>
            <translation>{} forages ne recoupent pas la zone (aucun intervalle sélectionné) : {}.</translation>
        </message>
        <message>
            <source>The zone is within a degree of flat: it does not cross the {:g} m level as a band, so that level has no trace.</source>
            <translation>La zone est horizontale à moins d'un degré près : elle ne traverse pas le niveau de {:g} m sous forme de bande, ce niveau n'a donc pas de tracé.</translation>
        </message>
        <message>
            <source>not determined</source>
            <translation>non déterminé</translation>
        </message>
        <message>
            <source>Zone fitted to {} pierce points: strike {:.1f} (95 % interval {}), dip {:.1f} ({}) towards {:.1f} ({}) degrees; median true thickness {:.1f} m; pierce points {:.1f} m (RMS) from the plane; {} bootstrap refits.</source>
            <translation>Zone ajustée à {} points de perçage : direction {:.1f} (intervalle à 95 % {}), pendage {:.1f} ({}) vers {:.1f} ({}) degrés ; épaisseur vraie médiane {:.1f} m ; points de perçage à {:.1f} m (RMS) du plan ; {} réajustements bootstrap.</translation>
        </message>
        <message>
            <source>no hole</source>
            <translation>aucun forage</translation>
        </message>
        <message>
            <source>{} holes ({}), centre {:.0f} E {:.0f} N at {:.0f} m elevation</source>
            <translation>{} forages ({}), centre {:.0f} E {:.0f} N à {:.0f} m d'élévation</translation>
        </message>
        <message>
            <source>not determined (a section needs {} holes in a line)</source>
            <translation>non déterminé (une section exige {} forages pour ajuster une ligne)</translation>
        </message>
        <message>
            <source>{:.1f} ({})</source>
            <translation>{:.1f} ({})</translation>
        </message>
        <message>
            <source>Section {} ({} to {} m along strike; {}): dip {}.</source>
            <translation>Section {} ({} à {} m le long de la direction ; {}) : pendage {}.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Intervals</source>
            <translation>Intervalles</translation>
        </message>
        <message>
            <source>The intervals to draw and label: hole id, from and to (m along the hole), grade. The INTERCEPTS layer of compiledrillholes, or an assay or log table with a selection expression.</source>
            <translation>Les intervalles à tracer et à étiqueter : identifiant du forage, de et à (m le long du trou), teneur. La couche INTERCEPTS de compiledrillholes, ou une table d'analyses ou de description avec une expression de sélection.</translation>
        </message>
        <message>
            <source>Interval hole id field</source>
            <translation>Champ de l'identifiant du forage (intervalles)</translation>
        </message>
        <message>
            <source>Hole id of each interval.</source>
            <translation>Identifiant du forage de chaque intervalle.</translation>
        </message>
        <message>
            <source>From field</source>
            <translation>Champ « de »</translation>
        </message>
        <message>
            <source>Top of the interval, m along the hole.</source>
            <translation>Haut de l'intervalle, en m le long du trou.</translation>
        </message>
        <message>
            <source>To field</source>
            <translation>Champ « à »</translation>
        </message>
        <message>
            <source>Bottom of the interval, m along the hole.</source>
            <translation>Bas de l'intervalle, en m le long du trou.</translation>
        </message>
        <message>
            <source>Grade field (g/t Au, for the labels)</source>
            <translation>Champ de la teneur (g/t Au, pour les étiquettes)</translation>
        </message>
        <message>
            <source>Au in g/t of each interval: labelled '6.9 g/t Au over 3.8 m'. Empty: the intervals are drawn without labels.</source>
            <translation>Au en g/t de chaque intervalle : étiqueté '6.9 g/t Au sur 3.8 m'. Vide : les intervalles sont tracés sans étiquettes.</translation>
        </message>
        <message>
            <source>Alteration log</source>
            <translation>Description de l'altération</translation>
        </message>
        <message>
            <source>Logged alteration (optional): hole id, from and to (m along the hole) and an intensity (a number, for example 0-3; 0 or less is not drawn).</source>
            <translation>Altération décrite (facultatif) : identifiant du forage, de et à (m le long du trou) et une intensité (un nombre, par exemple 0-3 ; 0 ou moins n'est pas tracé).</translation>
        </message>
        <message>
            <source>Alteration hole id field</source>
            <translation>Champ de l'identifiant du forage (altération)</translation>
        </message>
        <message>
            <source>Hole id of each logged interval.</source>
            <translation>Identifiant du forage de chaque intervalle décrit.</translation>
        </message>
        <message>
            <source>Alteration from field</source>
            <translation>Champ « de » (altération)</translation>
        </message>
        <message>
            <source>Alteration to field</source>
            <translation>Champ « à » (altération)</translation>
        </message>
        <message>
            <source>Alteration intensity field</source>
            <translation>Champ de l'intensité de l'altération</translation>
        </message>
        <message>
            <source>The number drawn: darker for more intense alteration.</source>
            <translation>Le nombre représenté : plus foncé pour une altération plus intense.</translation>
        </message>
        <message>
            <source>A line layer: its first line, from its first to its last vertex, is the section (start on the left of the figure). Give this or HOLE_IDS.</source>
            <translation>Une couche de lignes : sa première ligne, de son premier à son dernier sommet, est la section (début à gauche de la figure). Donnez cette couche ou HOLE_IDS.</translation>
        </message>
        <message>
            <source>Instead of a line: ids of drilled or planned holes, separated by commas. The section passes through their mean collar at AZIMUTH and covers them, plus a quarter of their extent (at least 25 m) at each end.</source>
            <translation>Au lieu d'une ligne : identifiants de forages forés ou prévus, séparés par des virgules. La section passe par leur collet moyen selon AZIMUTH et les couvre, plus un quart de leur étendue (au moins 25 m) à chaque extrémité.</translation>
        </message>
        <message>
            <source>With HOLE_IDS: the direction from the section's start to its end, degrees clockwise from north. Empty: across the zone's strike, towards its dip direction.</source>
            <translation>Avec HOLE_IDS : l'orientation du début à la fin de la section, en degrés dans le sens horaire depuis le nord. Vide : transversale à la direction de la zone, vers sa direction de pendage.</translation>
        </message>
        <message>
            <source>Holes and intervals within this distance (m) of the section, on either side, are projected perpendicularly onto it; parts farther away are not drawn.</source>
            <translation>Les forages et intervalles à moins de cette distance (m) de la section, de part et d'autre, y sont projetés perpendiculairement ; les parties plus éloignées ne sont pas tracées.</translation>
        </message>
        <message>
            <source>Planned collars, drawn dashed: the COLLARS layer of plandrillprogram (fields hole_id, azimuth, dip, length_m and, if present, z; straight holes drilled downward). A collar without z is put at the ground.</source>
            <translation>Collets prévus, tracés en tirets : la couche COLLARS de plandrillprogram (champs hole_id, azimuth, dip, length_m et, s'il existe, z ; forages rectilignes forés vers le bas). Un collet sans z est placé à la surface du sol.</translation>
        </message>
        <message>
            <source>The PIERCE_POINTS output of zonegeometry: the zone is refitted to them (the same plane and dips by section) and drawn where it crosses the section, with its median true thickness.</source>
            <translation>La sortie PIERCE_POINTS de zonegeometry : la zone y est réajustée (même plan et mêmes pendages par section) et tracée là où elle traverse la section, avec son épaisseur vraie médiane.</translation>
        </message>
        <message>
            <source>Without pierce points: the zone's strike, degrees clockwise from north (it dips to the right looking along strike). The plane passes through the intervals' pierce points.</source>
            <translation>Sans points de perçage : la direction de la zone, en degrés dans le sens horaire depuis le nord (elle pend vers la droite quand on regarde dans le sens de la direction). Le plan passe par les points de perçage des intervalles.</translation>
        </message>
        <message>
            <source>Without pierce points: the zone's dip, degrees from horizontal.</source>
            <translation>Sans points de perçage : le pendage de la zone, en degrés depuis l'horizontale.</translation>
        </message>
        <message>
            <source>Vertical depths in metres below the ground (the mean collar elevation of the holes drawn), separated by commas: one labelled horizontal line for each.</source>
            <translation>Profondeurs verticales en mètres sous la surface (l'élévation moyenne des collets des forages tracés), séparées par des virgules : une ligne horizontale étiquetée pour chacune.</translation>
        </message>
        <message>
            <source>The figure's title.</source>
            <translation>Le titre de la figure.</translation>
        </message>
        <message>
            <source>Section: hole traces</source>
            <translation>Section : tracés des forages</translation>
        </message>
        <message>
            <source>Lines: hole_id, kind (drilled or planned), from_m and to_m (the part drawn, m along the hole), length_m (the hole's), offset_m (mean distance from the section, + in front).</source>
            <translation>Lignes : hole_id, kind (foré ou prévu), from_m et to_m (la partie tracée, m le long du trou), length_m (celle du forage), offset_m (distance moyenne à la section, + devant).</translation>
        </message>
        <message>
            <source>Section: intervals and alteration</source>
            <translation>Section : intervalles et altération</translation>
        </message>
        <message>
            <source>Lines along the traces: hole_id, kind (interval or alteration), from_m and to_m (the part drawn), length_m (the interval's), value (grade or intensity), label, offset_m.</source>
            <translation>Lignes le long des tracés : hole_id, kind (intervalle ou altération), from_m et to_m (la partie tracée), length_m (celle de l'intervalle), value (teneur ou intensité), label, offset_m.</translation>
        </message>
        <message>
            <source>Section: zone</source>
            <translation>Section : zone</translation>
        </message>
        <message>
            <source>Lines where the zone crosses the section: part (mid-surface, upper edge, lower edge), dip, dip_direction and apparent_dip (degrees, + down towards the section's end). Empty without a zone.</source>
            <translation>Lignes où la zone traverse la section : part (surface médiane, limite supérieure, limite inférieure), dip, dip_direction et apparent_dip (degrés, + vers le bas en direction de la fin de la section). Vide sans zone.</translation>
        </message>
        <message>
            <source>Section: levels and ground</source>
            <translation>Section : niveaux et surface du sol</translation>
        </message>
        <message>
            <source>Lines: kind (level or ground), level_m (m below the ground), elevation_m, label.</source>
            <translation>Lignes : kind (niveau ou surface du sol), level_m (m sous la surface), elevation_m, label.</translation>
        </message>
        <message>
            <source>The A4 landscape figure: traces, labels, zone, levels, planned holes, scale bar, orientation and legend, at a true scale with no vertical exaggeration.</source>
            <translation>La figure A4 en paysage : tracés, étiquettes, zone, niveaux, forages prévus, barre d'échelle, orientation et légende, à l'échelle réelle sans exagération verticale.</translation>
        </message>
        <message>
            <source>The same figure as a PNG image at 150 dpi.</source>
            <translation>La même figure en image PNG à 150 dpi.</translation>
        </message>
        <message>
            <source>Section length (m)</source>
            <translation>Longueur de la section (m)</translation>
        </message>
        <message>
            <source>Holes drawn</source>
            <translation>Forages tracés</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>A vertical section through the drilling: hole traces, intervals labelled '6.9 g/t Au over 3.8 m', logged alteration, the fitted zone, levels below the ground (125 m) and planned holes, written as layers in section coordinates and as a print-ready A4 figure (SVG, and PNG). The section is the first line of LINE (from its first to its last vertex), or runs at AZIMUTH through the mean collar of the holes named in HOLE_IDS (drilled or planned), over their length plus a quarter at each end; without AZIMUTH it crosses the zone's strike (towards its dip direction). Holes, intervals and planned holes within WINDOW metres of the section, on either side, are projected perpendicularly onto it; parts farther away are not drawn. Inputs: collars, surveys and intervals as for zonegeometry (the INTERCEPTS layer of compiledrillholes, or an assay table with a SELECTION expression), GRADE_FIELD for the labels; optional ALTERATION log (hole id, from, to, an intensity value); optional PLANNED holes (the COLLARS layer of plandrillprogram: hole_id, z, azimuth, dip, length_m); the zone: the PIERCE_POINTS layer of zonegeometry (refitted: the same plane and dips by section) or a ZONE_STRIKE and ZONE_DIP through the intervals' pierce points. LEVELS are depths in m below the ground, the mean collar elevation of the holes drawn. Layers: x is metres along the section from its start, y the elevation in metres, in an engineering CRS (metres, not on the map): open them in a project of their own, whose CRS they set; offset_m is each part's mean distance from the section, positive in front of it (the side it is seen from). The figure is at a true scale (1:1000, 1:2000...) on A4 with no vertical exaggeration.</source>
            <translation>Une section verticale à travers les forages : tracés des forages, intervalles étiquetés '6.9 g/t Au sur 3.8 m', altération décrite, zone ajustée, niveaux sous la surface (125 m) et forages prévus, écrits en couches dans les coordonnées de la section et en figure A4 prête à imprimer (SVG, et PNG). La section est la première ligne de LINE (de son premier à son dernier sommet), ou passe selon AZIMUTH par le collet moyen des forages nommés dans HOLE_IDS (forés ou prévus), sur leur longueur plus un quart à chaque extrémité ; sans AZIMUTH, elle est transversale à la direction de la zone (vers sa direction de pendage). Les forages, intervalles et forages prévus à moins de WINDOW mètres de la section, de part et d'autre, y sont projetés perpendiculairement ; les parties plus éloignées ne sont pas tracées. Entrées : collets, levés de déviation et intervalles comme pour zonegeometry (la couche INTERCEPTS de compiledrillholes, ou une table d'analyses avec une expression SELECTION), GRADE_FIELD pour les étiquettes ; description de l'altération ALTERATION facultative (identifiant du forage, de, à, une valeur d'intensité) ; forages prévus PLANNED facultatifs (la couche COLLARS de plandrillprogram : hole_id, z, azimuth, dip, length_m) ; la zone : la couche PIERCE_POINTS de zonegeometry (réajustée : même plan et mêmes pendages par section) ou ZONE_STRIKE et ZONE_DIP passant par les points de perçage des intervalles. LEVELS sont des profondeurs en m sous la surface du sol, soit l'élévation moyenne des collets des forages tracés. Couches : x est en mètres le long de la section depuis son début, y l'élévation en mètres, dans un SCR d'ingénierie (en mètres, hors de la carte) : ouvrez-les dans un projet distinct, dont elles fixent le SCR ; offset_m est la distance moyenne de chaque partie à la section, positive devant celle-ci (du côté d'où elle est vue). La figure est à l'échelle réelle (1:1000, 1:2000...) sur A4 sans exagération verticale.</translation>
        </message>
    </context>
    <context>
        <name>StackEvidenceAlgorithm</name>
        <message>
            <source>Layer '{}' has no geometry (it is a table): only point, line and polygon layers can be used here.</source>
            <translation>La couche '{}' n'a pas de géométrie (c'est une table) : seules les couches de points, de lignes et de polygones peuvent servir ici.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>Reference raster</source>
            <translation>Raster de référence</translation>
        </message>
        <message>
            <source>Evidence layers</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Extent</source>
            <translation>Emprise</translation>
        </message>
        <message>
            <source>CRS</source>
            <translation>SCR</translation>
        </message>
        <message>
            <source>Mask polygons</source>
            <translation>Polygones de masque</translation>
        </message>
        <message>
            <source>Category field (polygons)</source>
            <translation>Champ de catégorie (polygones)</translation>
        </message>
        <message>
            <source>Categorical rasters</source>
            <translation>Rasters catégoriels</translation>
        </message>
        <message>
            <source>Maximum distance (m)</source>
            <translation>Distance maximale (m)</translation>
        </message>
        <message>
            <source>Evidence stack</source>
            <translation>Pile de couches de preuve</translation>
        </message>
        <message>
            <source>Band metadata (JSON)</source>
            <translation>Métadonnées des bandes (JSON)</translation>
        </message>
        <message>
            <source>Give a reference raster, or a cell size (m) and an extent.</source>
            <translation>Donnez un raster de référence, ou une taille de cellule (m) et une emprise.</translation>
        </message>
        <message>
            <source>The stack's CRS</source>
            <translation>Le SCR de la pile</translation>
        </message>
        <message>
            <source>The extent is empty: draw or choose an extent with an area.</source>
            <translation>L'emprise est vide : dessinez ou choisissez une emprise ayant une superficie.</translation>
        </message>
        <message>
            <source>Raster '{}' is not a file ({} layer): save it as a GeoTIFF first.</source>
            <translation>Le raster '{}' n'est pas un fichier (couche {}) : enregistrez-le d'abord en GeoTIFF.</translation>
        </message>
        <message>
            <source>Raster '{}' has no CRS: set it (Layer Properties &gt; Source).</source>
            <translation>Le raster '{}' n'a pas de SCR : indiquez-le (Propriétés de la couche &gt; Source).</translation>
        </message>
        <message>
            <source>Layer '{}' has no CRS: set it (Layer Properties &gt; Source).</source>
            <translation>La couche '{}' n'a pas de SCR : indiquez-le (Propriétés de la couche &gt; Source).</translation>
        </message>
        <message>
            <source>Layer '{}' is neither a raster nor a vector layer.</source>
            <translation>La couche '{}' n'est ni un raster ni une couche vectorielle.</translation>
        </message>
        <message>
            <source>Stacking {} layers onto {} x {} cells of {:g} x {:g} m</source>
            <translation>Empilement de {} couches sur {} x {} cellules de {:g} x {:g} m</translation>
        </message>
        <message>
            <source>stack</source>
            <translation>pile</translation>
        </message>
        <message>
            <source>Band {}: {} ({}, {}, {})</source>
            <translation>Bande {} : {} ({}, {}, {})</translation>
        </message>
        <message>
            <source>{} cells outside the mask are nodata.</source>
            <translation>{} cellules hors du masque sont sans données.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Rasters, point, line and polygon layers, in any CRS; each gives one band or more, in this order.</source>
            <translation>Rasters, couches de points, de lignes et de polygones, dans tout SCR ; chacun donne une bande ou plus, dans cet ordre.</translation>
        </message>
        <message>
            <source>The stack copies this raster's grid (extent, cell size, CRS). Leave empty to give CELL_SIZE, EXTENT and CRS instead.</source>
            <translation>La pile reprend la grille de ce raster (emprise, taille de cellule, SCR). Laissez vide pour donner plutôt CELL_SIZE, EXTENT et CRS.</translation>
        </message>
        <message>
            <source>Cell size in metres when there is no reference raster.</source>
            <translation>Taille de cellule en mètres en l'absence de raster de référence.</translation>
        </message>
        <message>
            <source>Extent of the stack when there is no reference raster.</source>
            <translation>Emprise de la pile en l'absence de raster de référence.</translation>
        </message>
        <message>
            <source>Projected CRS of the stack when there is no reference raster; empty = the extent's CRS.</source>
            <translation>SCR projeté de la pile en l'absence de raster de référence ; vide = le SCR de l'emprise.</translation>
        </message>
        <message>
            <source>Cells whose centre is outside these polygons (for example the claims) are nodata.</source>
            <translation>Les cellules dont le centre est hors de ces polygones (par exemple les titres miniers) sont sans données.</translation>
        </message>
        <message>
            <source>Polygon layers with this field become one band per category (1 inside, 0 outside), for example the rock unit of a geology map; polygon layers without it become the signed distance to their boundary (m, negative inside). Several names separated by commas: each polygon layer uses the first it has.</source>
            <translation>Les couches de polygones ayant ce champ deviennent une bande par catégorie (1 à l'intérieur, 0 à l'extérieur), par exemple l'unité lithologique d'une carte géologique ; celles qui ne l'ont pas deviennent la distance signée à leur contour (m, négative à l'intérieur). Plusieurs noms séparés par des virgules : chaque couche de polygones utilise le premier qu'elle possède.</translation>
        </message>
        <message>
            <source>Rasters (among the evidence layers) to resample by nearest neighbour whatever their data type, such as a classified map stored as floating point.</source>
            <translation>Rasters (parmi les couches de preuve) à rééchantillonner au plus proche voisin quel que soit leur type de données, comme une carte classifiée enregistrée en virgule flottante.</translation>
        </message>
        <message>
            <source>Distances are capped at this many metres; 0 = no cap.</source>
            <translation>Les distances sont plafonnées à ce nombre de mètres ; 0 = pas de plafond.</translation>
        </message>
        <message>
            <source>Multi-band float32 GeoTIFF (band descriptions name the bands) with a sidecar &lt;output&gt;.json.</source>
            <translation>GeoTIFF multibande float32 (les descriptions de bande nomment les bandes) avec un fichier associé &lt;output&gt;.json.</translation>
        </message>
        <message>
            <source>Stack evidence layers</source>
            <translation>Empiler les couches de preuve</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Puts any mix of rasters and vector layers onto one grid as a multi-band GeoTIFF, ready for a prospectivity model; each band's description names it and a sidecar JSON (output.tif.json) records its source, kind, resampling and units, and the grid. The grid is the REFERENCE raster's, or CELL_SIZE metres over EXTENT in CRS (projected). Rasters are reprojected: integer bands with at most 32 distinct values are categorical and resampled by nearest neighbour (classes kept, never blended), other bands bilinearly (list a raster under 'Categorical rasters' to force nearest). Points and lines become the distance (m) from each cell centre to the nearest feature. Polygons become one band per category of CATEGORY_FIELD (1 inside, 0 outside; where polygons overlap, the later feature wins) or, for a polygon layer without that field, the signed distance (m) to their boundary, negative inside. Distances are exact to within half a cell diagonal; features up to a quarter of the grid's size (or MAX_DISTANCE) beyond its edge count. Cells outside the MASK polygons (for example the claims) are nodata in every band. Works in row windows, so large grids fit in memory; a grid above the tiled-path threshold (Processing options) is stacked tile by tile, in QGIS or on a Dask scheduler, with the same result to the bit.</source>
            <translation>Place n'importe quel mélange de rasters et de couches vectorielles sur une même grille, en GeoTIFF multibande prêt pour un modèle de prospectivité ; la description de chaque bande la nomme et un fichier JSON associé (output.tif.json) en donne la source, le type, le rééchantillonnage, les unités et la grille. La grille est celle du raster REFERENCE, ou CELL_SIZE mètres sur EXTENT dans CRS (projeté). Les rasters sont reprojetés : les bandes entières d'au plus 32 valeurs distinctes sont catégorielles et rééchantillonnées au plus proche voisin (classes conservées, jamais mélangées), les autres de façon bilinéaire (inscrivez un raster sous « Rasters catégoriels » pour imposer le plus proche voisin). Les points et les lignes deviennent la distance (m) du centre de chaque cellule à l'entité la plus proche. Les polygones deviennent une bande par catégorie de CATEGORY_FIELD (1 à l'intérieur, 0 à l'extérieur ; là où des polygones se chevauchent, la dernière entité l'emporte) ou, pour une couche de polygones sans ce champ, la distance signée (m) à leur contour, négative à l'intérieur. Les distances sont exactes à une demi-diagonale de cellule près ; les entités situées jusqu'au quart de la taille de la grille (ou MAX_DISTANCE) au-delà de son bord comptent. Les cellules hors des polygones MASK (par exemple les titres miniers) sont sans données dans toutes les bandes. Le calcul se fait par bandes de lignes, de sorte que les grandes grilles tiennent en mémoire ; une grille au-delà du seuil du chemin par tuiles (options de Processing) est empilée tuile par tuile, dans QGIS ou sur un ordonnanceur Dask, avec le même résultat au bit près.</translation>
        </message>
        <message>
            <source>Puts any mix of rasters and vector layers onto one grid as a multi-band GeoTIFF, ready for a prospectivity model; each band's description names it and a sidecar JSON (output.tif.json) records its source, kind, resampling and units, and the grid. The grid is the REFERENCE raster's, or CELL_SIZE metres over EXTENT in CRS (projected). Rasters are reprojected: integer bands with at most 32 distinct values are categorical and resampled by nearest neighbour (classes kept, never blended), other bands bilinearly (list a raster under 'Categorical rasters' to force nearest). Points and lines become the distance (m) from each cell centre to the nearest feature. Polygons become one band per category of CATEGORY_FIELD (1 inside, 0 outside; where polygons overlap, the later feature wins) or, for a polygon layer without that field, the signed distance (m) to their boundary, negative inside. Distances are exact to within half a cell diagonal; features up to a quarter of the grid's size (or MAX_DISTANCE) beyond its edge count. Cells outside the MASK polygons (for example the claims) are nodata in every band. Works in row windows, so large grids fit in memory.</source>
            <translation type="vanished">Place n'importe quel mélange de rasters et de couches vectorielles sur une même grille, en GeoTIFF multibande prêt pour un modèle de prospectivité ; la description de chaque bande la nomme et un fichier JSON associé (output.tif.json) en donne la source, le type, le rééchantillonnage, les unités et la grille. La grille est celle du raster REFERENCE, ou CELL_SIZE mètres sur EXTENT dans CRS (projeté). Les rasters sont reprojetés : les bandes entières d'au plus 32 valeurs distinctes sont catégorielles et rééchantillonnées au plus proche voisin (classes conservées, jamais mélangées), les autres de façon bilinéaire (inscrivez un raster sous « Rasters catégoriels » pour imposer le plus proche voisin). Les points et les lignes deviennent la distance (m) du centre de chaque cellule à l'entité la plus proche. Les polygones deviennent une bande par catégorie de CATEGORY_FIELD (1 à l'intérieur, 0 à l'extérieur ; là où des polygones se chevauchent, la dernière entité l'emporte) ou, pour une couche de polygones sans ce champ, la distance signée (m) à leur contour, négative à l'intérieur. Les distances sont exactes à une demi-diagonale de cellule près ; les entités situées jusqu'au quart de la taille de la grille (ou MAX_DISTANCE) au-delà de son bord comptent. Les cellules hors des polygones MASK (par exemple les titres miniers) sont sans données dans toutes les bandes. Le calcul se fait par bandes de lignes, de sorte que les grandes grilles tiennent en mémoire.</translation>
        </message>
        <message>
            <source>Polygon layers with this field become one band per category (1 inside, 0 outside), for example the rock unit of a geology map; polygon layers without it become the signed distance to their boundary (m, negative inside).</source>
            <translation type="vanished">Les couches de polygones ayant ce champ deviennent une bande par catégorie (1 à l'intérieur, 0 à l'extérieur), par exemple l'unité lithologique d'une carte géologique ; celles qui ne l'ont pas deviennent la distance signée à leur contour (m, négative à l'intérieur).</translation>
        </message>
    </context>
    <context>
        <name>DistanceRasterAlgorithm</name>
        <message>
            <source>Layer '{}' has no geometry (it is a table): only point, line and polygon layers can be used here.</source>
            <translation>La couche '{}' n'a pas de géométrie (c'est une table) : seules les couches de points, de lignes et de polygones peuvent servir ici.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>Reference raster</source>
            <translation>Raster de référence</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Entités</translation>
        </message>
        <message>
            <source>Maximum distance (m)</source>
            <translation>Distance maximale (m)</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <source>The feature layer could not be read.</source>
            <translation>La couche d'entités n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>grille</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Points, lines or polygons, in any CRS (for example roads, faults or showings).</source>
            <translation>Points, lignes ou polygones, dans tout SCR (par exemple routes, failles ou indices).</translation>
        </message>
        <message>
            <source>The output copies this raster's grid: extent, cell size and CRS (projected, metres).</source>
            <translation>Le résultat reprend la grille de ce raster : emprise, taille de cellule et SCR (projeté, mètres).</translation>
        </message>
        <message>
            <source>Distances are capped at this many metres; 0 = no cap.</source>
            <translation>Les distances sont plafonnées à ce nombre de mètres ; 0 = pas de plafond.</translation>
        </message>
        <message>
            <source>Distance in metres (float32 GeoTIFF); negative inside polygons.</source>
            <translation>Distance en mètres (GeoTIFF float32) ; négative à l'intérieur des polygones.</translation>
        </message>
        <message>
            <source>Distance raster</source>
            <translation>Raster de distance</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Distance in metres from each cell centre of the REFERENCE grid to the nearest feature of INPUT: points and lines give the distance to the nearest feature; polygons the signed distance to their boundary, negative inside. Exact to within half a cell diagonal (Euclidean distance transform of the rasterised features). Features up to a quarter of the grid's size (or MAX_DISTANCE) beyond its edge count; MAX_DISTANCE caps the values. A sidecar JSON (output.tif.json) records the units. A grid above the tiled-path size (Processing options) is made tile by tile, the same raster to the bit.</source>
            <translation>Distance en mètres du centre de chaque cellule de la grille REFERENCE à l'entité la plus proche de INPUT : les points et les lignes donnent la distance à l'entité la plus proche ; les polygones, la distance signée à leur contour, négative à l'intérieur. Exacte à une demi-diagonale de cellule près (transformée de distance euclidienne des entités rastérisées). Les entités situées jusqu'au quart de la taille de la grille (ou MAX_DISTANCE) au-delà de son bord comptent ; MAX_DISTANCE plafonne les valeurs. Un fichier JSON associé (output.tif.json) en donne les unités. Une grille au-delà du seuil du chemin par tuiles (options de Processing) est calculée tuile par tuile, avec le même raster au bit près.</translation>
        </message>
        <message>
            <source>Distance in metres from each cell centre of the REFERENCE grid to the nearest feature of INPUT: points and lines give the distance to the nearest feature; polygons the signed distance to their boundary, negative inside. Exact to within half a cell diagonal (Euclidean distance transform of the rasterised features). Features up to a quarter of the grid's size (or MAX_DISTANCE) beyond its edge count; MAX_DISTANCE caps the values. A sidecar JSON (output.tif.json) records the units.</source>
            <translation type="vanished">Distance en mètres du centre de chaque cellule de la grille REFERENCE à l'entité la plus proche de INPUT : les points et les lignes donnent la distance à l'entité la plus proche ; les polygones, la distance signée à leur contour, négative à l'intérieur. Exacte à une demi-diagonale de cellule près (transformée de distance euclidienne des entités rastérisées). Les entités situées jusqu'au quart de la taille de la grille (ou MAX_DISTANCE) au-delà de son bord comptent ; MAX_DISTANCE plafonne les valeurs. Un fichier JSON associé (output.tif.json) en donne les unités.</translation>
        </message>
    </context>
    <context>
        <name>InterpolatePointsAlgorithm</name>
        <message>
            <source>Layer '{}' has no geometry (it is a table): only point, line and polygon layers can be used here.</source>
            <translation>La couche '{}' n'a pas de géométrie (c'est une table) : seules les couches de points, de lignes et de polygones peuvent servir ici.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>Reference raster</source>
            <translation>Raster de référence</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Échantillons</translation>
        </message>
        <message>
            <source>Value field</source>
            <translation>Champ de la valeur</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Log10 transform</source>
            <translation>Transformation log10</translation>
        </message>
        <message>
            <source>Search radius (m)</source>
            <translation>Rayon de recherche (m)</translation>
        </message>
        <message>
            <source>Power (inverse distance)</source>
            <translation>Puissance (inverse de la distance)</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Interpolated grid</source>
            <translation>Grille interpolée</translation>
        </message>
        <message>
            <source>The sample layer could not be read.</source>
            <translation>La couche d'échantillons n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The sample layer</source>
            <translation>La couche d'échantillons</translation>
        </message>
        <message>
            <source>The sample layer has no points: nothing to interpolate.</source>
            <translation>La couche d'échantillons n'a pas de points : rien à interpoler.</translation>
        </message>
        <message>
            <source>The sample layer has no field '{}'.</source>
            <translation>La couche d'échantillons n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>{} samples: {} below detection (set to half the limit), {} above the upper limit (set to the limit), {} skipped</source>
            <translation>{} échantillons : {} sous la limite de détection (mis à la moitié de la limite), {} au-dessus de la limite supérieure (mis à la limite), {} ignorés</translation>
        </message>
        <message>
            <source>Skipped values without a number, for example: {}</source>
            <translation>Valeurs sans nombre ignorées, par exemple : {}</translation>
        </message>
        <message>
            <source>No sample has a usable value in '{}': check that the field holds numbers such as 12, '&lt;5' or '&gt;10000'.</source>
            <translation>Aucun échantillon n'a de valeur utilisable dans '{}' : vérifiez que le champ contient des nombres comme 12, '&lt;5' ou '&gt;10000'.</translation>
        </message>
        <message>
            <source>Cell size: {:.1f} m (half the median sample spacing)</source>
            <translation>Taille de cellule : {:.1f} m (la moitié de l'espacement médian des échantillons)</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Soil or rock samples (points).</source>
            <translation>Échantillons de sol ou de roche (points).</translation>
        </message>
        <message>
            <source>The assay to grid, as numbers or as the laboratory reports it ('&lt;5', '&gt;10000').</source>
            <translation>L'analyse à mettre en grille, en nombres ou telle que le laboratoire la rapporte (« &lt;5 », « &gt;10000 »).</translation>
        </message>
        <message>
            <source>Inverse distance (robust, fast, never overshoots the data) or radial basis function (smoother, may overshoot between samples, much slower on large grids).</source>
            <translation>Inverse de la distance (robuste, rapide, ne dépasse jamais les données) ou fonction de base radiale (plus lisse, peut dépasser entre les échantillons, beaucoup plus lente sur les grandes grilles).</translation>
        </message>
        <message>
            <source>Interpolate log10 of the values; the output is then in log10 units.</source>
            <translation>Interpole le log10 des valeurs ; le résultat est alors en unités log10.</translation>
        </message>
        <message>
            <source>Cells with no sample within this distance are nodata; 0 = 3 x the median spacing between neighbouring samples.</source>
            <translation>Les cellules sans échantillon à moins de cette distance sont sans données ; 0 = 3 x l'espacement médian entre échantillons voisins.</translation>
        </message>
        <message>
            <source>Exponent of the inverse-distance weights; 2 is usual, higher = more local.</source>
            <translation>Exposant des poids de l'inverse de la distance ; 2 est l'usage, plus élevé = plus local.</translation>
        </message>
        <message>
            <source>The output copies this raster's grid (for example the evidence stack's); leave empty to use CELL_SIZE over the samples.</source>
            <translation>Le résultat reprend la grille de ce raster (par exemple celle de la pile de couches de preuve) ; laissez vide pour utiliser CELL_SIZE sur l'emprise des échantillons.</translation>
        </message>
        <message>
            <source>Cell size in metres without a reference raster; 0 = half the median spacing between neighbouring samples.</source>
            <translation>Taille de cellule en mètres sans raster de référence ; 0 = la moitié de l'espacement médian entre échantillons voisins.</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF in the field's units, or log10 units with LOG_TRANSFORM.</source>
            <translation>GeoTIFF float32 dans les unités du champ, ou en unités log10 avec LOG_TRANSFORM.</translation>
        </message>
        <message>
            <source>Interpolate geochemistry</source>
            <translation>Interpoler la géochimie</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Soil or rock geochemistry to a grid. VALUE_FIELD may hold numbers or laboratory text: '&lt;5' (below the detection limit of 5, or -5) counts as half the limit, 2.5; '&gt;10000' as the limit; blanks and other text are skipped; the log lists how many of each. METHOD: inverse distance (weights 1/distance^POWER over the nearest 64 samples within SEARCH_RADIUS) or a thin-plate-spline radial basis function (smooth, exact at the samples). Cells with no sample within SEARCH_RADIUS metres are nodata (0 = three times the median spacing between neighbouring samples). With LOG_TRANSFORM the values are log10-transformed first and the output is in log10 units (1 = 10, 2 = 100 in the field's units): use it for gold and pathfinders, which are log-normal. The grid is the REFERENCE raster's, or CELL_SIZE metres over the samples' extent.</source>
            <translation>Géochimie de sols ou de roches en grille. VALUE_FIELD peut contenir des nombres ou le texte du laboratoire : « &lt;5 » (sous la limite de détection de 5, ou -5) compte pour la moitié de la limite, 2,5 ; « &gt;10000 » pour la limite ; les vides et autres textes sont ignorés ; le journal en donne le nombre. METHOD : inverse de la distance (poids 1/distance^POWER sur les 64 échantillons les plus proches dans SEARCH_RADIUS) ou fonction de base radiale de type plaque mince (lisse, exacte aux échantillons). Les cellules sans échantillon à moins de SEARCH_RADIUS mètres sont sans données (0 = trois fois l'espacement médian entre échantillons voisins). Avec LOG_TRANSFORM, les valeurs sont d'abord transformées en log10 et le résultat est en unités log10 (1 = 10, 2 = 100 dans les unités du champ) : à utiliser pour l'or et les éléments indicateurs, de distribution log-normale. La grille est celle du raster REFERENCE, ou CELL_SIZE mètres sur l'emprise des échantillons.</translation>
        </message>
        <message>
            <source>Inverse distance (robust, never overshoots the data) or radial basis function (smoother, may overshoot between samples).</source>
            <translation type="vanished">Inverse de la distance (robuste, ne dépasse jamais les données) ou fonction de base radiale (plus lisse, peut dépasser entre les échantillons).</translation>
        </message>
    </context>
    <context>
        <name>TrainingPointsAlgorithm</name>
        <message>
            <source>Layer '{}' has no geometry (it is a table): only point, line and polygon layers can be used here.</source>
            <translation>La couche '{}' n'a pas de géométrie (c'est une table) : seules les couches de points, de lignes et de polygones peuvent servir ici.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>Reference raster</source>
            <translation>Raster de référence</translation>
        </message>
        <message>
            <source>Positive points</source>
            <translation>Points positifs</translation>
        </message>
        <message>
            <source>Weight field</source>
            <translation>Champ de pondération</translation>
        </message>
        <message>
            <source>Negative points</source>
            <translation>Points négatifs</translation>
        </message>
        <message>
            <source>Training points</source>
            <translation>Points d'entraînement</translation>
        </message>
        <message>
            <source>Layer '{}' has no field '{}': its points weigh 1.</source>
            <translation>La couche '{}' n'a pas de champ '{}' : ses points pèsent 1.</translation>
        </message>
        <message>
            <source>Layer '{}': {} points without a number in '{}' were left out.</source>
            <translation>Couche '{}' : {} points sans nombre dans '{}' ont été écartés.</translation>
        </message>
        <message>
            <source>{} training points ({} positive, {} negative); {} points merged into another point of their cell, {} negatives dropped in positive cells, {} points outside the grid</source>
            <translation>{} points d'entraînement ({} positifs, {} négatifs) ; {} points fusionnés avec un autre point de leur cellule, {} négatifs écartés dans des cellules positives, {} points hors de la grille</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>One or more point layers of known gold: intercepts, showings, occurrences.</source>
            <translation>Une ou plusieurs couches de points d'or connu : intersections, indices, occurrences.</translation>
        </message>
        <message>
            <source>Numeric field of the positive layers used as weight (for example grade x thickness); layers without it, or no field, weigh 1. Points with no value in it are left out.</source>
            <translation>Champ numérique des couches positives utilisé comme poids (par exemple teneur x épaisseur) ; les couches sans ce champ, ou sans champ indiqué, pèsent 1. Les points sans valeur dans ce champ sont écartés.</translation>
        </message>
        <message>
            <source>Barren drill holes (collars or traces' mid points): true negatives.</source>
            <translation>Forages stériles (collets ou milieux des tracés) : vrais négatifs.</translation>
        </message>
        <message>
            <source>The grid whose cells the points are merged into: normally the evidence stack.</source>
            <translation>La grille dans les cellules de laquelle les points sont fusionnés : normalement la pile de couches de preuve.</translation>
        </message>
        <message>
            <source>Points at cell centres with label (1 gold, 0 barren), weight and merged.</source>
            <translation>Points aux centres des cellules avec label (1 or, 0 stérile), weight et merged.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Labelled points for a prospectivity model: POSITIVES (drill intercepts, showings, any point layers of known gold) get label 1, NEGATIVES (barren drill holes) label 0; everything else stays unlabelled. Points are merged to one per cell of the REFERENCE grid, at the cell centre, so densely sampled spots do not count many times: a positive cell's weight is the largest WEIGHT_FIELD value merged into it (for intercepts, grade x thickness in g/t x m; 1 without a weight field); a negative in a cell with a positive is dropped. Output fields: label (1/0), weight, merged (how many input points the point stands for). The log reports the points merged, dropped and outside the grid.</source>
            <translation>Points étiquetés pour un modèle de prospectivité : POSITIVES (intersections de forage, indices, toute couche de points d'or connu) reçoivent l'étiquette 1, NEGATIVES (forages stériles) l'étiquette 0 ; tout le reste demeure non étiqueté. Les points sont fusionnés en un seul par cellule de la grille REFERENCE, au centre de la cellule, pour que les endroits densément échantillonnés ne comptent pas plusieurs fois : le poids d'une cellule positive est la plus grande valeur de WEIGHT_FIELD fusionnée (pour des intersections, teneur x épaisseur en g/t x m ; 1 sans champ de pondération) ; un négatif dans une cellule contenant un positif est écarté. Champs produits : label (1/0), weight, merged (nombre de points d'entrée représentés). Le journal indique les points fusionnés, écartés et hors de la grille.</translation>
        </message>
    </context>
    <context>
        <name>WeightsOfEvidenceAlgorithm</name>
        <message>
            <source>Deposits (training points)</source>
            <translation>Gîtes (points d'entraînement)</translation>
        </message>
        <message>
            <source>Count each deposit point (ArcSDM)</source>
            <translation>Compter chaque point de gîte (ArcSDM)</translation>
        </message>
        <message>
            <source>The deposit layer could not be read.</source>
            <translation>La couche des gîtes n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>Evidence raster</source>
            <translation>Raster de preuve</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Bande</translation>
        </message>
        <message>
            <source>Table type</source>
            <translation>Type de table</translation>
        </message>
        <message>
            <source>Unit cell area (km²)</source>
            <translation>Superficie de la cellule unitaire (km²)</translation>
        </message>
        <message>
            <source>Studentized contrast threshold</source>
            <translation>Seuil du contraste studentisé</translation>
        </message>
        <message>
            <source>Equal-area classes for continuous values</source>
            <translation>Classes d'égale superficie pour les valeurs continues</translation>
        </message>
        <message>
            <source>Weights table</source>
            <translation>Table des poids</translation>
        </message>
        <message>
            <source>Generalised evidence</source>
            <translation>Preuve généralisée</translation>
        </message>
        <message>
            <source>The evidence raster</source>
            <translation>Le raster de preuve</translation>
        </message>
        <message>
            <source>Equal-area classes are for cumulative tables: set the number of classes to 0 for a categorical raster.</source>
            <translation>Les classes d'égale superficie sont réservées aux tables cumulatives : mettez le nombre de classes à 0 pour un raster catégoriel.</translation>
        </message>
        <message>
            <source>Deposits: {}.</source>
            <translation>Gîtes : {}.</translation>
        </message>
        <message>
            <source>Study area {:.2f} unit cells, {} deposits. Class, deposits, contrast, studentized contrast:</source>
            <translation>Zone d'étude de {:.2f} cellules unitaires, {} gîtes. Classe, gîtes, contraste, contraste studentisé :</translation>
        </message>
        <message>
            <source>Generalised at class {:g} ({} {:g}).</source>
            <translation>Généralisé à la classe {:g} ({} {:g}).</translation>
        </message>
        <message>
            <source>{} of {} classes reach the confidence; every class keeps its own W+.</source>
            <translation>{} classes sur {} atteignent la confiance ; chaque classe garde son propre W+.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>A raster of classes (integer codes, or any values with N_CLASSES set) in a projected CRS; nodata is missing evidence.</source>
            <translation>Un raster de classes (codes entiers, ou toutes valeurs avec N_CLASSES indiqué) dans un SCR projeté ; l'absence de données est une preuve manquante.</translation>
        </message>
        <message>
            <source>The band of the evidence raster to use (default 1, e.g. one band of an evidence stack).</source>
            <translation>La bande du raster de preuve à utiliser (1 par défaut, p. ex. une bande d'une pile de couches de preuve).</translation>
        </message>
        <message>
            <source>Known deposits or occurrences, one point each (reprojected to the raster's CRS). Points off the raster or on nodata are left out; the log says how many.</source>
            <translation>Gîtes ou indices connus, un point chacun (reprojetés dans le SCR du raster). Les points hors du raster ou sur des cellules sans données sont laissés de côté ; le journal dit combien.</translation>
        </message>
        <message>
            <source>On (default, as ArcSDM): every point counts, also several in one raster cell. Off: a cell holding any point counts once (Lodestone's tables before ArcSDM counting). Count the deposits the same way for the weights and the posterior.</source>
            <translation>Activé (par défaut, comme ArcSDM) : chaque point compte, même plusieurs dans une cellule du raster. Désactivé : une cellule contenant un point compte une fois (les tables de Lodestone avant le comptage ArcSDM). Comptez les gîtes de la même façon pour les poids et pour la probabilité a posteriori.</translation>
        </message>
        <message>
            <source>Ascending: pattern = classes up to each value; descending: classes from each value up; categorical: each class on its own.</source>
            <translation>Ascendante : motif = classes jusqu'à chaque valeur ; descendante : classes à partir de chaque valeur ; catégorielle : chaque classe seule.</translation>
        </message>
        <message>
            <source>Area of the unit cell in km² (at most one deposit per unit cell, about a deposit's footprint). Areas and variances are counted in unit cells.</source>
            <translation>Superficie de la cellule unitaire en km² (au plus un gîte par cellule unitaire, environ l'empreinte d'un gîte). Superficies et variances sont comptées en cellules unitaires.</translation>
        </message>
        <message>
            <source>A class is kept by the generalisation when its studentized contrast C/s(C) reaches this (2 is about 98 % one-sided confidence that the contrast is positive).</source>
            <translation>Une classe est retenue par la généralisation quand son contraste studentisé C/s(C) atteint cette valeur (2 correspond à environ 98 % de confiance unilatérale que le contraste est positif).</translation>
        </message>
        <message>
            <source>0 = use the raster's values as classes. For a continuous raster (distances, scores) split it into this many classes of equal area first (cumulative types only).</source>
            <translation>0 = utiliser les valeurs du raster comme classes. Un raster continu (distances, scores) est d'abord divisé en ce nombre de classes d'égale superficie (types cumulatifs seulement).</translation>
        </message>
        <message>
            <source>One row per class, ArcSDM columns: class, area_sq_km, area_units, no_points, wplus, s_wplus, wminus, s_wminus, contrast, s_contrast, stud_cnt, gen_class, weight, w_std, note (the zero-count correction used, if any).</source>
            <translation>Une ligne par classe, colonnes ArcSDM : class, area_sq_km, area_units, no_points, wplus, s_wplus, wminus, s_wminus, contrast, s_contrast, stud_cnt, gen_class, weight, w_std, note (la correction des effectifs nuls appliquée, le cas échéant).</translation>
        </message>
        <message>
            <source>The evidence recoded to its generalised classes, with the weights in its metadata.</source>
            <translation>La preuve recodée selon ses classes généralisées, avec les poids dans ses métadonnées.</translation>
        </message>
        <message>
            <source>Weights of evidence</source>
            <translation>Poids de la preuve</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Weights of evidence of one evidence raster for known deposits (Bonham-Carter 1994; ArcSDM's Calculate Weights): a table with, per class, the pattern's area (km² and unit cells), its deposits, W+, W-, their standard deviations, the contrast C = W+ - W-, s(C) and the studentized contrast C/s(C). Cumulative tables accumulate classes from the low (ascending) or high (descending) end. The generalised raster keeps the cumulative pattern of largest contrast whose studentized contrast reaches CONFIDENCE (class 2 inside, 1 outside), or every categorical class with its own W+ (at least one must reach CONFIDENCE); it carries its weights for Weights of evidence posterior. As in ArcSDM, each deposit point counts (COUNT_POINTS), a pattern without deposits gets weights 0, and a pattern holding every deposit leaves 0.99 deposit (and, if need be, 0.99 unit cell) off it; the row's note says so. On Geoscience Australia's Cloncurry test data this reproduces the publisher's ArcSDM tables.</source>
            <translation>Poids de la preuve d'un raster d'indices pour des gîtes connus (Bonham-Carter 1994 ; Calculate Weights d'ArcSDM) : une table donnant, par classe, la surface du motif (km² et cellules unitaires), ses gîtes, W+, W-, leurs écarts-types, le contraste C = W+ - W-, s(C) et le contraste studentisé C/s(C). Les tables cumulatives cumulent les classes depuis le bas (ascendantes) ou le haut (descendantes). Le raster généralisé garde le motif cumulatif de plus grand contraste dont le contraste studentisé atteint CONFIDENCE (classe 2 dedans, 1 dehors), ou chaque classe catégorielle avec son propre W+ (au moins une doit atteindre CONFIDENCE) ; il porte ses poids pour la probabilité a posteriori. Comme dans ArcSDM, chaque point de gîte compte (COUNT_POINTS), un motif sans gîte reçoit des poids nuls, et un motif qui contient tous les gîtes en laisse 0,99 dehors (et, si besoin, 0,99 cellule unitaire) ; la note de la ligne le dit. Sur les données de test de Cloncurry de Geoscience Australia, cela reproduit les tables ArcSDM de l'éditeur.</translation>
        </message>
        <message>
            <source>Known deposits or occurrences, one point each (reprojected to the raster's CRS). Points sharing a cell count once; points off the raster or on nodata are left out; the log says how many.</source>
            <translation type="vanished">Gîtes ou occurrences connus, un point chacun (reprojetés dans le SCR du raster). Les points d'une même cellule comptent une fois ; les points hors du raster ou sur une cellule sans données sont écartés ; le journal en donne le nombre.</translation>
        </message>
        <message>
            <source>One row per class, ArcSDM columns: class, area_sq_km, area_units, no_points, wplus, s_wplus, wminus, s_wminus, contrast, s_contrast, stud_cnt, gen_class, weight, w_std, note. Undefined values are empty.</source>
            <translation type="vanished">Une ligne par classe, colonnes d'ArcSDM : class, area_sq_km, area_units, no_points, wplus, s_wplus, wminus, s_wminus, contrast, s_contrast, stud_cnt, gen_class, weight, w_std, note. Les valeurs indéfinies sont vides.</translation>
        </message>
        <message>
            <source>Weights of evidence of one evidence raster for known deposits (Bonham-Carter 1994; ArcSDM's Calculate Weights): a table with, per class, the pattern's area (km² and unit cells), its deposits, W+, W-, their standard deviations, the contrast C = W+ - W-, s(C) and the studentized contrast C/s(C). Cumulative tables accumulate classes from the low (ascending) or high (descending) end. The generalised raster keeps the cumulative pattern of largest contrast whose studentized contrast reaches CONFIDENCE (class 2 inside, 1 outside), or the categorical classes that reach it (the others merged into class 99); it carries its weights for Weights of evidence posterior. A zero deposit count is replaced by 0.5 deposit, and the row's note says so.</source>
            <translation type="vanished">Poids de la preuve d'un raster de preuve pour des gîtes connus (Bonham-Carter 1994 ; Calculate Weights d'ArcSDM) : une table donnant, par classe, la superficie du motif (km² et cellules unitaires), ses gîtes, W+, W-, leurs écarts types, le contraste C = W+ - W-, s(C) et le contraste studentisé C/s(C). Les tables cumulatives cumulent les classes depuis l'extrémité basse (ascendante) ou haute (descendante). Le raster généralisé conserve le motif cumulatif de plus fort contraste dont le contraste studentisé atteint CONFIDENCE (classe 2 à l'intérieur, 1 à l'extérieur), ou les classes catégorielles qui l'atteignent (les autres fusionnées dans la classe 99) ; il porte ses poids pour Probabilité a posteriori (poids de la preuve). Un nombre de gîtes nul est remplacé par 0,5 gîte, ce que signale la note de la ligne.</translation>
        </message>
    </context>
    <context>
        <name>WofePosteriorAlgorithm</name>
        <message>
            <source>Deposits (training points)</source>
            <translation>Gîtes (points d'entraînement)</translation>
        </message>
        <message>
            <source>Count each deposit point (ArcSDM)</source>
            <translation>Compter chaque point de gîte (ArcSDM)</translation>
        </message>
        <message>
            <source>The deposit layer could not be read.</source>
            <translation>La couche des gîtes n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>Generalised evidence</source>
            <translation>Preuve généralisée</translation>
        </message>
        <message>
            <source>Weights tables</source>
            <translation>Tables des poids</translation>
        </message>
        <message>
            <source>Unit cell area (km²)</source>
            <translation>Superficie de la cellule unitaire (km²)</translation>
        </message>
        <message>
            <source>Conditional-independence ratio n/T</source>
            <translation>Rapport d'indépendance conditionnelle n/T</translation>
        </message>
        <message>
            <source>Probability the layers are not conditionally independent</source>
            <translation>Probabilité que les couches ne soient pas conditionnellement indépendantes</translation>
        </message>
        <message>
            <source>{} rasters but {} weights tables: give one table per raster, in the same order, or none.</source>
            <translation>{} rasters mais {} tables des poids : donnez une table par raster, dans le même ordre, ou aucune.</translation>
        </message>
        <message>
            <source>'{}' carries no weights: use the generalised raster written by Weights of evidence, or give its weights table.</source>
            <translation>'{}' ne porte pas de poids : utilisez le raster généralisé écrit par Poids de la preuve, ou donnez sa table des poids.</translation>
        </message>
        <message>
            <source>The table '{}' has no gen_class, weight and w_std fields: give the weights table written by Weights of evidence.</source>
            <translation>La table '{}' n'a pas les champs gen_class, weight et w_std : donnez la table des poids écrite par Poids de la preuve.</translation>
        </message>
        <message>
            <source>The weights were computed with unit cells of {} km², not {} km²: the variances no longer match the weights.</source>
            <translation>Les poids ont été calculés avec des cellules unitaires de {} km², et non de {} km² : les variances ne correspondent plus aux poids.</translation>
        </message>
        <message>
            <source>Set the unit cell area: the weights were computed with {}.</source>
            <translation>Indiquez la superficie de la cellule unitaire : les poids ont été calculés avec {}.</translation>
        </message>
        <message>
            <source>an unknown unit cell</source>
            <translation>une cellule unitaire inconnue</translation>
        </message>
        <message>
            <source>generalised rasters</source>
            <translation>rasters généralisés</translation>
        </message>
        <message>
            <source>The generalised rasters</source>
            <translation>Les rasters généralisés</translation>
        </message>
        <message>
            <source>Some weights were computed counting the deposits {}, but the posterior counts them {}: set COUNT_POINTS as for the weights.</source>
            <translation>Certains poids ont été calculés en comptant les gîtes {}, mais la probabilité a posteriori les compte {} : réglez COUNT_POINTS comme pour les poids.</translation>
        </message>
        <message>
            <source>once per cell</source>
            <translation>une fois par cellule</translation>
        </message>
        <message>
            <source>per point</source>
            <translation>par point</translation>
        </message>
        <message>
            <source>Deposits: {}. Prior probability {:.5f} per {:g} km² unit cell.</source>
            <translation>Gîtes : {}. Probabilité a priori de {:.5f} par cellule unitaire de {:g} km².</translation>
        </message>
        <message>
            <source>Conditional independence: observed n = {}, predicted T = {:.2f} (s = {:.2f}), ratio n/T = {:.3f} (below about 0.85: some layers duplicate each other). Agterberg-Cheng: z = (T - n)/s = {:.2f}, probability the layers are not conditionally independent {:.1f} %.</source>
            <translation>Indépendance conditionnelle : n observé = {}, T prédit = {:.2f} (s = {:.2f}), rapport n/T = {:.3f} (sous environ 0,85 : certaines couches font double emploi). Agterberg-Cheng : z = (T - n)/s = {:.2f}, probabilité que les couches ne soient pas conditionnellement indépendantes de {:.1f} %.</translation>
        </message>
        <message>
            <source>The conditional-independence ratio is {:.2f}: the posterior overstates the probability. Drop or combine correlated layers.</source>
            <translation>Le rapport d'indépendance conditionnelle vaut {:.2f} : la probabilité a posteriori est surestimée. Retirez ou combinez les couches corrélées.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Generalised rasters from Weights of evidence, on one grid; each carries its weights.</source>
            <translation>Rasters généralisés tirés de Poids de la preuve, sur une même grille ; chacun porte ses poids.</translation>
        </message>
        <message>
            <source>Optional: one weights table per raster, in the same order, read from its gen_class, weight and w_std fields instead of the weights the rasters carry (for edited tables).</source>
            <translation>Facultatif : une table des poids par raster, dans le même ordre, lue dans ses champs gen_class, weight et w_std au lieu des poids portés par les rasters (pour des tables modifiées).</translation>
        </message>
        <message>
            <source>Known deposits or occurrences, one point each (reprojected to the raster's CRS). Points off the raster or on nodata are left out; the log says how many.</source>
            <translation>Gîtes ou indices connus, un point chacun (reprojetés dans le SCR du raster). Les points hors du raster ou sur des cellules sans données sont laissés de côté ; le journal dit combien.</translation>
        </message>
        <message>
            <source>On (default, as ArcSDM): every point counts, also several in one raster cell. Off: a cell holding any point counts once (Lodestone's tables before ArcSDM counting). Count the deposits the same way for the weights and the posterior.</source>
            <translation>Activé (par défaut, comme ArcSDM) : chaque point compte, même plusieurs dans une cellule du raster. Désactivé : une cellule contenant un point compte une fois (les tables de Lodestone avant le comptage ArcSDM). Comptez les gîtes de la même façon pour les poids et pour la probabilité a posteriori.</translation>
        </message>
        <message>
            <source>0 = the unit cell the weights were computed with. The posterior is a probability per unit cell.</source>
            <translation>0 = la cellule unitaire avec laquelle les poids ont été calculés. La probabilité a posteriori est une probabilité par cellule unitaire.</translation>
        </message>
        <message>
            <source>Posterior probability</source>
            <translation>Probabilité a posteriori</translation>
        </message>
        <message>
            <source>Probability of a deposit per unit cell.</source>
            <translation>Probabilité d'un gîte par cellule unitaire.</translation>
        </message>
        <message>
            <source>Posterior standard deviation</source>
            <translation>Écart type a posteriori</translation>
        </message>
        <message>
            <source>Standard deviation of the posterior probability (weights and missing evidence).</source>
            <translation>Écart type de la probabilité a posteriori (poids et preuve manquante).</translation>
        </message>
        <message>
            <source>Posterior confidence</source>
            <translation>Confiance a posteriori</translation>
        </message>
        <message>
            <source>Posterior probability / its standard deviation: above about 2 the probability is well determined.</source>
            <translation>Probabilité a posteriori / son écart type : au-dessus d'environ 2, la probabilité est bien déterminée.</translation>
        </message>
        <message>
            <source>Weights of evidence posterior</source>
            <translation>Probabilité a posteriori (poids de la preuve)</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Combines generalised evidence rasters (from Weights of evidence) into the posterior probability of a deposit per unit cell: logit P = ln[D/(T-D)] + the sum of each layer's weight, a layer missing at a cell adding 0 (Bonham-Carter 1994). The standard deviation includes the variance of the weights and of missing evidence (Agterberg et al. 1990); confidence = P / std. The log and the outputs give the conditional-independence ratio n/T (observed over predicted deposits; below about 0.85 some layers duplicate each other) and the Agterberg-Cheng (2002) test. Deposits count per point as in ArcSDM (COUNT_POINTS); count them as the weights did.</source>
            <translation>Combine des rasters d'indices généralisés (issus des poids de la preuve) en probabilité a posteriori d'un gîte par cellule unitaire : logit P = ln[D/(T-D)] + la somme des poids de chaque couche, une couche manquante dans une cellule ajoutant 0 (Bonham-Carter 1994). L'écart-type comprend la variance des poids et des indices manquants (Agterberg et al. 1990) ; confiance = P / écart-type. Le journal et les sorties donnent le rapport d'indépendance conditionnelle n/T (gîtes observés sur prédits ; sous environ 0,85 certaines couches se répètent) et le test d'Agterberg-Cheng (2002). Les gîtes comptent par point comme dans ArcSDM (COUNT_POINTS) ; comptez-les comme pour les poids.</translation>
        </message>
        <message>
            <source>Known deposits or occurrences, one point each (reprojected to the raster's CRS). Points sharing a cell count once; points off the raster or on nodata are left out; the log says how many.</source>
            <translation type="vanished">Gîtes ou occurrences connus, un point chacun (reprojetés dans le SCR du raster). Les points d'une même cellule comptent une fois ; les points hors du raster ou sur une cellule sans données sont écartés ; le journal en donne le nombre.</translation>
        </message>
        <message>
            <source>Combines generalised evidence rasters (from Weights of evidence) into the posterior probability of a deposit per unit cell: logit P = ln[D/(T-D)] + the sum of each layer's weight, a layer missing at a cell adding 0 (Bonham-Carter 1994). The standard deviation includes the variance of the weights and of missing evidence (Agterberg et al. 1990); confidence = P / std. The log and the outputs give the conditional-independence ratio n/T (observed over predicted deposits; below about 0.85 some layers duplicate each other) and the Agterberg-Cheng (2002) test.</source>
            <translation type="vanished">Combine des rasters de preuve généralisés (tirés de Poids de la preuve) en probabilité a posteriori d'un gîte par cellule unitaire : logit P = ln[D/(T-D)] + la somme des poids de chaque couche, une couche manquante en une cellule ajoutant 0 (Bonham-Carter 1994). L'écart type comprend la variance des poids et celle de la preuve manquante (Agterberg et al. 1990) ; confiance = P / écart type. Le journal et les résultats donnent le rapport d'indépendance conditionnelle n/T (gîtes observés sur gîtes prédits ; sous environ 0,85, certaines couches font double emploi) et le test d'Agterberg-Cheng (2002).</translation>
        </message>
    </context>
    <context>
        <name>FuzzyOverlayAlgorithm</name>
        <message>
            <source>Evidence layers</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Membership per layer</source>
            <translation>Appartenance par couche</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>Gamma</source>
            <translation>Gamma</translation>
        </message>
        <message>
            <source>Fuzzy favourability</source>
            <translation>Favorabilité floue</translation>
        </message>
        <message>
            <source>evidence layers</source>
            <translation>couches de preuve</translation>
        </message>
        <message>
            <source>{}: {}</source>
            <translation>{} : {}</translation>
        </message>
        <message>
            <source>Every cell is nodata in at least one layer: the result is empty.</source>
            <translation>Chaque cellule est sans données dans au moins une couche : le résultat est vide.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Evidence rasters on one grid (band 1 of each).</source>
            <translation>Rasters de preuve sur une même grille (bande 1 de chacun).</translation>
        </message>
        <message>
            <source>E.g. 'small,500,3; large,1500,5; none' for three layers in order, or 'large' for all. Units are those of each layer.</source>
            <translation>P. ex. « small,500,3; large,1500,5; none » pour trois couches dans l'ordre, ou « large » pour toutes. Les unités sont celles de chaque couche.</translation>
        </message>
        <message>
            <source>How the memberships combine: AND is the most cautious, OR the most generous, gamma in between.</source>
            <translation>Façon de combiner les appartenances : AND est le plus prudent, OR le plus généreux, gamma entre les deux.</translation>
        </message>
        <message>
            <source>For the gamma operator: 0 = product, 1 = sum; 0.9 is common in prospectivity work.</source>
            <translation>Pour l'opérateur gamma : 0 = produit, 1 = somme ; 0,9 est courant en prospectivité.</translation>
        </message>
        <message>
            <source>Combined membership, 0-1.</source>
            <translation>Appartenance combinée, de 0 à 1.</translation>
        </message>
        <message>
            <source>Fuzzy overlay</source>
            <translation>Superposition floue</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Knowledge-driven favourability (Bonham-Carter 1994): each layer becomes a fuzzy membership (0-1) and the memberships are combined with AND (minimum), OR (maximum), product, sum (1 - prod(1 - m)) or gamma (sum^g x product^(1-g)), as ArcGIS Fuzzy Membership and Fuzzy Overlay. MEMBERSHIP gives one spec per layer separated by ';' (or one for all): linear,min,max (min &gt; max for a decreasing line); large,midpoint,spread; small,midpoint,spread; gaussian,midpoint,spread; none (the layer already is 0-1). Left-out parameters default to the layer's range, or its mean with spread 5 (large, small) or 0.1 (gaussian). Nodata in any layer gives nodata.</source>
            <translation>Favorabilité fondée sur les connaissances (Bonham-Carter 1994) : chaque couche devient une appartenance floue (0 à 1) et les appartenances sont combinées par AND (minimum), OR (maximum), produit, somme (1 - prod(1 - m)) ou gamma (somme^g x produit^(1-g)), comme Fuzzy Membership et Fuzzy Overlay d'ArcGIS. MEMBERSHIP donne une spécification par couche, séparées par « ; » (ou une seule pour toutes) : linear,min,max (min &gt; max pour une droite décroissante) ; large,midpoint,spread ; small,midpoint,spread ; gaussian,midpoint,spread ; none (la couche est déjà entre 0 et 1). Les paramètres omis prennent par défaut l'étendue de la couche, ou sa moyenne avec une dispersion de 5 (large, small) ou de 0,1 (gaussian). L'absence de données dans une couche donne l'absence de données.</translation>
        </message>
    </context>
    <context>
        <name>AccessCostAlgorithm</name>
        <message>
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <source>Speed field (km/h)</source>
            <translation>Champ de la vitesse (km/h)</translation>
        </message>
        <message>
            <source>Road class field</source>
            <translation>Champ de la classe de route</translation>
        </message>
        <message>
            <source>Road snapping tolerance (m)</source>
            <translation>Tolérance d'accrochage aux routes (m)</translation>
        </message>
        <message>
            <source>Join roads where they cross</source>
            <translation>Relier les routes à leurs croisements</translation>
        </message>
        <message>
            <source>Barriers (lakes, wetlands)</source>
            <translation>Obstacles (lacs, milieux humides)</translation>
        </message>
        <message>
            <source>Barrier cost factor</source>
            <translation>Facteur de coût des obstacles</translation>
        </message>
        <message>
            <source>Slope (degrees)</source>
            <translation>Pente (degrés)</translation>
        </message>
        <message>
            <source>Elevation (DEM)</source>
            <translation>Élévation (MNE)</translation>
        </message>
        <message>
            <source>Off-road speed (km/h)</source>
            <translation>Vitesse hors route (km/h)</translation>
        </message>
        <message>
            <source>Base (camp, town, junction)</source>
            <translation>Base (camp, ville, carrefour)</translation>
        </message>
        <message>
            <source>Base snap distance (m)</source>
            <translation>Distance d'accrochage de la base (m)</translation>
        </message>
        <message>
            <source>Every input layer</source>
            <translation>Chaque couche d'entrée</translation>
        </message>
        <message>
            <source>{} could not be read.</source>
            <translation>{} n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>The road layer</source>
            <translation>La couche des routes</translation>
        </message>
        <message>
            <source>Roads reprojected from {} to {}.</source>
            <translation>Routes reprojetées de {} vers {}.</translation>
        </message>
        <message>
            <source>Road network: {} nodes, {} segments, {:.1f} km; speeds {:g}-{:g} km/h.</source>
            <translation>Réseau routier : {} nœuds, {} tronçons, {:.1f} km ; vitesses de {:g} à {:g} km/h.</translation>
        </message>
        <message>
            <source>No base given: travel times are counted from the nearest road.</source>
            <translation>Aucune base donnée : les temps de trajet sont comptés depuis la route la plus proche.</translation>
        </message>
        <message>
            <source>The base layer has no point: give the camp, town or road junction as one point.</source>
            <translation>La couche de la base n'a pas de point : donnez le camp, la ville ou le carrefour routier en un point.</translation>
        </message>
        <message>
            <source>Base snapped to the road {:.1f} m away; {:.0%} of the road nodes are connected to it.</source>
            <translation>Base accrochée à la route à {:.1f} m ; {:.0%} des nœuds du réseau y sont reliés.</translation>
        </message>
        <message>
            <source>The base is {:.0f} m from the nearest road: travel starts from that road point.</source>
            <translation>La base est à {:.0f} m de la route la plus proche : le trajet part de ce point de la route.</translation>
        </message>
        <message>
            <source>{} is in {}, the other inputs in {}: warp it to {} first (Raster &gt; Projections &gt; Warp).</source>
            <translation>{} est en {}, les autres entrées en {} : reprojetez-le d'abord en {} (Raster &gt; Projections &gt; Projection (warp)).</translation>
        </message>
        <message>
            <source>The slope raster</source>
            <translation>Le raster de pente</translation>
        </message>
        <message>
            <source>The DEM</source>
            <translation>Le MNE</translation>
        </message>
        <message>
            <source>Both slope and DEM given: the slope raster is used.</source>
            <translation>Pente et MNE donnés tous les deux : le raster de pente est utilisé.</translation>
        </message>
        <message>
            <source>Off-road grid {} x {} cells of {:g} m; {} barriers ({}).</source>
            <translation>Grille hors route de {} x {} cellules de {:g} m ; {} obstacles ({}).</translation>
        </message>
        <message>
            <source>impassable</source>
            <translation>infranchissables</translation>
        </message>
        <message>
            <source>x{:g} cost</source>
            <translation>coût x{:g}</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>Grille de référence</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Extent</source>
            <translation>Emprise</translation>
        </message>
        <message>
            <source>Service-area hour bands</source>
            <translation>Tranches horaires des zones de desserte</translation>
        </message>
        <message>
            <source>Travel time (h)</source>
            <translation>Temps de trajet (h)</translation>
        </message>
        <message>
            <source>Distance to road (m)</source>
            <translation>Distance à la route (m)</translation>
        </message>
        <message>
            <source>Service areas</source>
            <translation>Zones de desserte</translation>
        </message>
        <message>
            <source>Reachable: {:.0%} of the cells; farthest {:.2f} h.</source>
            <translation>Accessible : {:.0%} des cellules ; la plus éloignée à {:.2f} h.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Road lines (highway, forestry roads, winter roads). Roads join where they share a vertex, where one ends on another (a T-junction) and where they cross (see JOIN_CROSSINGS); all are two-way. Parts of the network that do not connect are reported. Reprojected to the working CRS if needed.</source>
            <translation>Lignes de routes (route nationale, chemins forestiers, chemins d'hiver). Les routes se rejoignent là où elles partagent un sommet, là où l'une se termine sur une autre (jonction en T) et là où elles se croisent (voir JOIN_CROSSINGS) ; toutes sont à double sens. Les parties du réseau qui ne se rejoignent pas sont signalées. Reprojetées dans le SCR de travail si besoin.</translation>
        </message>
        <message>
            <source>Driving speed of each road in km/h. Empty or missing values: the class field's speed.</source>
            <translation>Vitesse de conduite de chaque route en km/h. Vide ou valeurs manquantes : la vitesse du champ de classe.</translation>
        </message>
        <message>
            <source>Road class text, turned into a speed by the table: winter road, skid trail, ATV trail 15 km/h; highway, route, paved 80; forestry, gravel, logging 40; anything else 30.</source>
            <translation>Texte de la classe de route, converti en vitesse par la table : chemin d'hiver, chemin de débardage, sentier de VTT 15 km/h ; autoroute, route, asphalte 80 ; chemin forestier, gravier, chemin d'exploitation 40 ; tout autre 30.</translation>
        </message>
        <message>
            <source>Road vertices closer than this (m) are joined into one node, and a road ending this close to another road's segment joins it there.</source>
            <translation>Les sommets de routes plus proches que cette distance (m) forment un seul nœud, et une route qui se termine à cette distance d'un segment d'une autre route la rejoint là.</translation>
        </message>
        <message>
            <source>On: two roads that cross meet there (an at-grade intersection). Off: crossings are bridges or overpasses, and roads meet only at shared vertices and T-junctions.</source>
            <translation>Activé : deux routes qui se croisent se rejoignent au croisement (intersection à niveau). Désactivé : les croisements sont des ponts ou des passages supérieurs, et les routes ne se rejoignent qu'aux sommets partagés et aux jonctions en T.</translation>
        </message>
        <message>
            <source>Polygons that cannot be crossed off road (or cost BARRIER_FACTOR times more). Every cell a polygon touches is blocked.</source>
            <translation>Polygones infranchissables hors route (ou BARRIER_FACTOR fois plus coûteux). Toute cellule touchée par un polygone est bloquée.</translation>
        </message>
        <message>
            <source>0 = barriers are impassable. Above 0: crossing a barrier cell takes this many times longer than open ground (e.g. 2 for lake ice in winter).</source>
            <translation>0 = obstacles infranchissables. Au-dessus de 0 : traverser une cellule d'obstacle prend ce nombre de fois plus de temps qu'un terrain dégagé (p. ex. 2 pour la glace d'un lac en hiver).</translation>
        </message>
        <message>
            <source>Ground slope in degrees (same CRS): off-road travel is slowed by exp(3.5 tan(slope)) (Tobler 1993).</source>
            <translation>Pente du terrain en degrés (même SCR) : le déplacement hors route est ralenti par exp(3,5 tan(pente)) (Tobler 1993).</translation>
        </message>
        <message>
            <source>Elevation in metres (same CRS); its slope is used when no slope raster is given.</source>
            <translation>Élévation en mètres (même SCR) ; sa pente est utilisée en l'absence de raster de pente.</translation>
        </message>
        <message>
            <source>Speed over flat open ground in km/h: 4 for an ATV or a crew walking in bush.</source>
            <translation>Vitesse en terrain plat et dégagé en km/h : 4 pour un VTT ou une équipe à pied en forêt.</translation>
        </message>
        <message>
            <source>Travel starts from the first point, snapped to the nearest road (the snap distance is reported). Empty: times are counted from the nearest road.</source>
            <translation>Le trajet part du premier point, accroché à la route la plus proche (la distance d'accrochage est signalée). Vide : les temps sont comptés depuis la route la plus proche.</translation>
        </message>
        <message>
            <source>The outputs are made on this raster's grid and CRS. Empty: CELL_SIZE cells over EXTENT.</source>
            <translation>Les résultats sont produits sur la grille et dans le SCR de ce raster. Vide : des cellules de CELL_SIZE sur EXTENT.</translation>
        </message>
        <message>
            <source>Cell size in metres when there is no reference grid.</source>
            <translation>Taille de cellule en mètres en l'absence de grille de référence.</translation>
        </message>
        <message>
            <source>Area of the outputs when there is no reference grid. Empty: the roads' extent plus 1 km.</source>
            <translation>Emprise des résultats en l'absence de grille de référence. Vide : l'emprise des routes plus 1 km.</translation>
        </message>
        <message>
            <source>Hours from the base, separated by commas: one set of polygons for each.</source>
            <translation>Heures depuis la base, séparées par des virgules : un jeu de polygones pour chacune.</translation>
        </message>
        <message>
            <source>Hours from the base by road then off road; nodata where unreachable.</source>
            <translation>Heures depuis la base par la route puis hors route ; sans données là où c'est inaccessible.</translation>
        </message>
        <message>
            <source>Off-road distance in metres to the nearest road, around impassable barriers.</source>
            <translation>Distance hors route en mètres jusqu'à la route la plus proche, en contournant les obstacles infranchissables.</translation>
        </message>
        <message>
            <source>Polygons of the ground reachable within each band, with field hours.</source>
            <translation>Polygones du terrain accessible dans chaque tranche, avec le champ hours.</translation>
        </message>
        <message>
            <source>Access cost (travel time from a base)</source>
            <translation>Coût d'accès (temps de trajet depuis une base)</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>Travel time in hours from a base (camp, town, highway junction) to every cell: along the roads at their speed (SPEED_FIELD in km/h, or CLASS_FIELD through the table winter road, skid trail, ATV trail 15 km/h; highway, route, paved 80; forestry, gravel, logging 40; anything else 30), then off road at OFFROAD_SPEED km/h over an 8-connected grid, slowed by slope (Tobler 1993: exp(3.5 tan(slope))) and blocked by barriers (lakes, wetlands) or slowed by BARRIER_FACTOR. TRAVEL_TIME is nodata where no road connected to the base can be reached. DISTANCE_TO_ROAD is the off-road distance in metres to the nearest road, around barriers. SERVICE_AREAS are polygons of the ground reachable within each of HOUR_BANDS hours (bands nest). Without a base, times are counted from the nearest road. Shortest paths by Dijkstra's algorithm (scipy.sparse.csgraph); off-road paths on the grid are up to 8 % longer than straight lines.</source>
            <translation>Temps de trajet en heures depuis une base (camp, ville, carrefour routier) jusqu'à chaque cellule : le long des routes à leur vitesse (SPEED_FIELD en km/h, ou CLASS_FIELD selon la table chemin d'hiver, chemin de débardage, sentier de VTT 15 km/h ; autoroute, route, asphalte 80 ; chemin forestier, gravier, chemin d'exploitation 40 ; tout autre 30), puis hors route à OFFROAD_SPEED km/h sur une grille à 8 voisins, ralenti par la pente (Tobler 1993 : exp(3,5 tan(pente))) et bloqué par les obstacles (lacs, milieux humides) ou ralenti par BARRIER_FACTOR. TRAVEL_TIME est sans données là où aucune route reliée à la base n'est accessible. DISTANCE_TO_ROAD est la distance hors route en mètres à la route la plus proche, en contournant les obstacles. SERVICE_AREAS sont les polygones du terrain accessible en chacune des HOUR_BANDS heures (zones emboîtées). Sans base, les temps sont comptés depuis la route la plus proche. Plus courts chemins par l'algorithme de Dijkstra (scipy.sparse.csgraph) ; les trajets hors route sur la grille sont jusqu'à 8 % plus longs qu'en ligne droite.</translation>
        </message>
        <message>
            <source>Road lines (highway, forestry roads, winter roads). Roads join where they share a vertex or an end; all are two-way. Reprojected to the working CRS if needed.</source>
            <translation type="vanished">Lignes de routes (autoroute, chemins forestiers, chemins d'hiver). Les routes se raccordent là où elles partagent un sommet ou une extrémité ; toutes sont à double sens. Reprojetées dans le SCR de travail au besoin.</translation>
        </message>
        <message>
            <source>Road vertices closer than this (m) are joined into one node.</source>
            <translation type="vanished">Les sommets de route plus proches que cette distance (m) sont réunis en un seul nœud.</translation>
        </message>
    </context>
    <context>
        <name>TargetAccessAlgorithm</name>
        <message>
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <source>Speed field (km/h)</source>
            <translation>Champ de la vitesse (km/h)</translation>
        </message>
        <message>
            <source>Road class field</source>
            <translation>Champ de la classe de route</translation>
        </message>
        <message>
            <source>Road snapping tolerance (m)</source>
            <translation>Tolérance d'accrochage aux routes (m)</translation>
        </message>
        <message>
            <source>Join roads where they cross</source>
            <translation>Relier les routes à leurs croisements</translation>
        </message>
        <message>
            <source>Barriers (lakes, wetlands)</source>
            <translation>Obstacles (lacs, milieux humides)</translation>
        </message>
        <message>
            <source>Barrier cost factor</source>
            <translation>Facteur de coût des obstacles</translation>
        </message>
        <message>
            <source>Slope (degrees)</source>
            <translation>Pente (degrés)</translation>
        </message>
        <message>
            <source>Elevation (DEM)</source>
            <translation>Élévation (MNE)</translation>
        </message>
        <message>
            <source>Off-road speed (km/h)</source>
            <translation>Vitesse hors route (km/h)</translation>
        </message>
        <message>
            <source>Base (camp, town, junction)</source>
            <translation>Base (camp, ville, carrefour)</translation>
        </message>
        <message>
            <source>Base snap distance (m)</source>
            <translation>Distance d'accrochage de la base (m)</translation>
        </message>
        <message>
            <source>Every input layer</source>
            <translation>Chaque couche d'entrée</translation>
        </message>
        <message>
            <source>{} could not be read.</source>
            <translation>{} n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>The road layer</source>
            <translation>La couche des routes</translation>
        </message>
        <message>
            <source>Roads reprojected from {} to {}.</source>
            <translation>Routes reprojetées de {} vers {}.</translation>
        </message>
        <message>
            <source>Road network: {} nodes, {} segments, {:.1f} km; speeds {:g}-{:g} km/h.</source>
            <translation>Réseau routier : {} nœuds, {} tronçons, {:.1f} km ; vitesses de {:g} à {:g} km/h.</translation>
        </message>
        <message>
            <source>No base given: travel times are counted from the nearest road.</source>
            <translation>Aucune base donnée : les temps de trajet sont comptés depuis la route la plus proche.</translation>
        </message>
        <message>
            <source>The base layer has no point: give the camp, town or road junction as one point.</source>
            <translation>La couche de la base n'a pas de point : donnez le camp, la ville ou le carrefour routier en un point.</translation>
        </message>
        <message>
            <source>Base snapped to the road {:.1f} m away; {:.0%} of the road nodes are connected to it.</source>
            <translation>Base accrochée à la route à {:.1f} m ; {:.0%} des nœuds du réseau y sont reliés.</translation>
        </message>
        <message>
            <source>The base is {:.0f} m from the nearest road: travel starts from that road point.</source>
            <translation>La base est à {:.0f} m de la route la plus proche : le trajet part de ce point de la route.</translation>
        </message>
        <message>
            <source>{} is in {}, the other inputs in {}: warp it to {} first (Raster &gt; Projections &gt; Warp).</source>
            <translation>{} est en {}, les autres entrées en {} : reprojetez-le d'abord en {} (Raster &gt; Projections &gt; Projection (warp)).</translation>
        </message>
        <message>
            <source>The slope raster</source>
            <translation>Le raster de pente</translation>
        </message>
        <message>
            <source>The DEM</source>
            <translation>Le MNE</translation>
        </message>
        <message>
            <source>Both slope and DEM given: the slope raster is used.</source>
            <translation>Pente et MNE donnés tous les deux : le raster de pente est utilisé.</translation>
        </message>
        <message>
            <source>Off-road grid {} x {} cells of {:g} m; {} barriers ({}).</source>
            <translation>Grille hors route de {} x {} cellules de {:g} m ; {} obstacles ({}).</translation>
        </message>
        <message>
            <source>impassable</source>
            <translation>infranchissables</translation>
        </message>
        <message>
            <source>x{:g} cost</source>
            <translation>coût x{:g}</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Cibles</translation>
        </message>
        <message>
            <source>Target id field</source>
            <translation>Champ de l'identifiant de la cible</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Access points</source>
            <translation>Points d'accès</translation>
        </message>
        <message>
            <source>Trails</source>
            <translation>Sentiers</translation>
        </message>
        <message>
            <source>Target access table</source>
            <translation>Table d'accès aux cibles</translation>
        </message>
        <message>
            <source>The target layer</source>
            <translation>La couche des cibles</translation>
        </message>
        <message>
            <source>The target layer has no features: give the drill targets as points or polygons.</source>
            <translation>La couche des cibles n'a pas d'entités : donnez les cibles de forage en points ou en polygones.</translation>
        </message>
        <message>
            <source>Target {}: unreachable, {}.</source>
            <translation>Cible {} : inaccessible, {}.</translation>
        </message>
        <message>
            <source>{} of {} targets reachable.</source>
            <translation>{} cibles sur {} accessibles.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Drill targets: points, or polygons (their centroid is reached).</source>
            <translation>Cibles de forage : points, ou polygones (on se rend à leur centroïde).</translation>
        </message>
        <message>
            <source>Names the targets in the outputs. Empty: the feature order, from 1.</source>
            <translation>Nomme les cibles dans les résultats. Vide : l'ordre des entités, à partir de 1.</translation>
        </message>
        <message>
            <source>Road lines (highway, forestry roads, winter roads). Roads join where they share a vertex, where one ends on another (a T-junction) and where they cross (see JOIN_CROSSINGS); all are two-way. Parts of the network that do not connect are reported. Reprojected to the working CRS if needed.</source>
            <translation>Lignes de routes (route nationale, chemins forestiers, chemins d'hiver). Les routes se rejoignent là où elles partagent un sommet, là où l'une se termine sur une autre (jonction en T) et là où elles se croisent (voir JOIN_CROSSINGS) ; toutes sont à double sens. Les parties du réseau qui ne se rejoignent pas sont signalées. Reprojetées dans le SCR de travail si besoin.</translation>
        </message>
        <message>
            <source>Driving speed of each road in km/h. Empty or missing values: the class field's speed.</source>
            <translation>Vitesse de conduite de chaque route en km/h. Vide ou valeurs manquantes : la vitesse du champ de classe.</translation>
        </message>
        <message>
            <source>Road class text, turned into a speed by the table: winter road, skid trail, ATV trail 15 km/h; highway, route, paved 80; forestry, gravel, logging 40; anything else 30.</source>
            <translation>Texte de la classe de route, converti en vitesse par la table : chemin d'hiver, chemin de débardage, sentier de VTT 15 km/h ; autoroute, route, asphalte 80 ; chemin forestier, gravier, chemin d'exploitation 40 ; tout autre 30.</translation>
        </message>
        <message>
            <source>Road vertices closer than this (m) are joined into one node, and a road ending this close to another road's segment joins it there.</source>
            <translation>Les sommets de routes plus proches que cette distance (m) forment un seul nœud, et une route qui se termine à cette distance d'un segment d'une autre route la rejoint là.</translation>
        </message>
        <message>
            <source>On: two roads that cross meet there (an at-grade intersection). Off: crossings are bridges or overpasses, and roads meet only at shared vertices and T-junctions.</source>
            <translation>Activé : deux routes qui se croisent se rejoignent au croisement (intersection à niveau). Désactivé : les croisements sont des ponts ou des passages supérieurs, et les routes ne se rejoignent qu'aux sommets partagés et aux jonctions en T.</translation>
        </message>
        <message>
            <source>Polygons that cannot be crossed off road (or cost BARRIER_FACTOR times more). Every cell a polygon touches is blocked.</source>
            <translation>Polygones infranchissables hors route (ou BARRIER_FACTOR fois plus coûteux). Toute cellule touchée par un polygone est bloquée.</translation>
        </message>
        <message>
            <source>0 = barriers are impassable. Above 0: crossing a barrier cell takes this many times longer than open ground (e.g. 2 for lake ice in winter).</source>
            <translation>0 = obstacles infranchissables. Au-dessus de 0 : traverser une cellule d'obstacle prend ce nombre de fois plus de temps qu'un terrain dégagé (p. ex. 2 pour la glace d'un lac en hiver).</translation>
        </message>
        <message>
            <source>Ground slope in degrees (same CRS): off-road travel is slowed by exp(3.5 tan(slope)) (Tobler 1993).</source>
            <translation>Pente du terrain en degrés (même SCR) : le déplacement hors route est ralenti par exp(3,5 tan(pente)) (Tobler 1993).</translation>
        </message>
        <message>
            <source>Elevation in metres (same CRS); its slope is used when no slope raster is given.</source>
            <translation>Élévation en mètres (même SCR) ; sa pente est utilisée en l'absence de raster de pente.</translation>
        </message>
        <message>
            <source>Speed over flat open ground in km/h: 4 for an ATV or a crew walking in bush.</source>
            <translation>Vitesse en terrain plat et dégagé en km/h : 4 pour un VTT ou une équipe à pied en forêt.</translation>
        </message>
        <message>
            <source>Travel starts from the first point, snapped to the nearest road (the snap distance is reported). Empty: times are counted from the nearest road.</source>
            <translation>Le trajet part du premier point, accroché à la route la plus proche (la distance d'accrochage est signalée). Vide : les temps sont comptés depuis la route la plus proche.</translation>
        </message>
        <message>
            <source>Cell size of the off-road grid the trails are traced on (m).</source>
            <translation>Taille de cellule de la grille hors route sur laquelle les sentiers sont tracés (m).</translation>
        </message>
        <message>
            <source>Where each reachable target's trail leaves the road.</source>
            <translation>Endroit où le sentier de chaque cible accessible quitte la route.</translation>
        </message>
        <message>
            <source>Proposed trails from the access point to the target.</source>
            <translation>Sentiers proposés du point d'accès jusqu'à la cible.</translation>
        </message>
        <message>
            <source>Per target: target_id, reachable (1/0), reason, access_x, access_y, offroad_m, road_km, travel_time_h.</source>
            <translation>Par cible : target_id, reachable (1/0), reason, access_x, access_y, offroad_m, road_km, travel_time_h.</translation>
        </message>
        <message>
            <source>Target access (trails from the road)</source>
            <translation>Accès aux cibles (sentiers depuis la route)</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>For each target (a point, or a polygon's centroid): the nearest road point in off-road travel time (around barriers; only roads connected to the base count), a proposed trail to it that never crosses an impassable barrier (the least-cost path on a CELL_SIZE grid), its off-road length (m), the road distance (km) from the base to the access point along the quickest route and the travel time (h, road plus trail). A target inside a lake or wetland, or enclosed by barriers, is reported unreachable with the reason, never routed through water. Speeds as in Access cost: winter road, skid trail, ATV trail 15 km/h; highway, route, paved 80; forestry, gravel, logging 40; anything else 30.</source>
            <translation>Pour chaque cible (un point, ou le centroïde d'un polygone) : le point de route le plus proche en temps de trajet hors route (en contournant les obstacles ; seules les routes reliées à la base comptent), un sentier proposé pour s'y rendre qui ne traverse jamais un obstacle infranchissable (le chemin de moindre coût sur une grille de CELL_SIZE), sa longueur hors route (m), la distance par la route (km) de la base au point d'accès par l'itinéraire le plus rapide et le temps de trajet (h, route plus sentier). Une cible dans un lac ou un milieu humide, ou entourée d'obstacles, est déclarée inaccessible avec la raison, sans jamais passer par l'eau. Vitesses comme dans Coût d'accès : chemin d'hiver, chemin de débardage, sentier de VTT 15 km/h ; autoroute, route, asphalte 80 ; chemin forestier, gravier, chemin d'exploitation 40 ; tout autre 30.</translation>
        </message>
        <message>
            <source>Road lines (highway, forestry roads, winter roads). Roads join where they share a vertex or an end; all are two-way. Reprojected to the working CRS if needed.</source>
            <translation type="vanished">Lignes de routes (autoroute, chemins forestiers, chemins d'hiver). Les routes se raccordent là où elles partagent un sommet ou une extrémité ; toutes sont à double sens. Reprojetées dans le SCR de travail au besoin.</translation>
        </message>
        <message>
            <source>Road vertices closer than this (m) are joined into one node.</source>
            <translation type="vanished">Les sommets de route plus proches que cette distance (m) sont réunis en un seul nœud.</translation>
        </message>
    </context>
    <context>
        <name>PlanDrillProgramAlgorithm</name>
        <message>
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <source>Speed field (km/h)</source>
            <translation>Champ de la vitesse (km/h)</translation>
        </message>
        <message>
            <source>Road class field</source>
            <translation>Champ de la classe de route</translation>
        </message>
        <message>
            <source>Road snapping tolerance (m)</source>
            <translation>Tolérance d'accrochage aux routes (m)</translation>
        </message>
        <message>
            <source>Join roads where they cross</source>
            <translation>Relier les routes à leurs croisements</translation>
        </message>
        <message>
            <source>Barriers (lakes, wetlands)</source>
            <translation>Obstacles (lacs, milieux humides)</translation>
        </message>
        <message>
            <source>Barrier cost factor</source>
            <translation>Facteur de coût des obstacles</translation>
        </message>
        <message>
            <source>Slope (degrees)</source>
            <translation>Pente (degrés)</translation>
        </message>
        <message>
            <source>Elevation (DEM)</source>
            <translation>Élévation (MNE)</translation>
        </message>
        <message>
            <source>Off-road speed (km/h)</source>
            <translation>Vitesse hors route (km/h)</translation>
        </message>
        <message>
            <source>Base (camp, town, junction)</source>
            <translation>Base (camp, ville, carrefour)</translation>
        </message>
        <message>
            <source>Base snap distance (m)</source>
            <translation>Distance d'accrochage de la base (m)</translation>
        </message>
        <message>
            <source>Every input layer</source>
            <translation>Chaque couche d'entrée</translation>
        </message>
        <message>
            <source>{} could not be read.</source>
            <translation>{} n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>The road layer</source>
            <translation>La couche des routes</translation>
        </message>
        <message>
            <source>Roads reprojected from {} to {}.</source>
            <translation>Routes reprojetées de {} vers {}.</translation>
        </message>
        <message>
            <source>Road network: {} nodes, {} segments, {:.1f} km; speeds {:g}-{:g} km/h.</source>
            <translation>Réseau routier : {} nœuds, {} tronçons, {:.1f} km ; vitesses de {:g} à {:g} km/h.</translation>
        </message>
        <message>
            <source>No base given: travel times are counted from the nearest road.</source>
            <translation>Aucune base donnée : les temps de trajet sont comptés depuis la route la plus proche.</translation>
        </message>
        <message>
            <source>The base layer has no point: give the camp, town or road junction as one point.</source>
            <translation>La couche de la base n'a pas de point : donnez le camp, la ville ou le carrefour routier en un point.</translation>
        </message>
        <message>
            <source>Base snapped to the road {:.1f} m away; {:.0%} of the road nodes are connected to it.</source>
            <translation>Base accrochée à la route à {:.1f} m ; {:.0%} des nœuds du réseau y sont reliés.</translation>
        </message>
        <message>
            <source>The base is {:.0f} m from the nearest road: travel starts from that road point.</source>
            <translation>La base est à {:.0f} m de la route la plus proche : le trajet part de ce point de la route.</translation>
        </message>
        <message>
            <source>{} is in {}, the other inputs in {}: warp it to {} first (Raster &gt; Projections &gt; Warp).</source>
            <translation>{} est en {}, les autres entrées en {} : reprojetez-le d'abord en {} (Raster &gt; Projections &gt; Projection (warp)).</translation>
        </message>
        <message>
            <source>The slope raster</source>
            <translation>Le raster de pente</translation>
        </message>
        <message>
            <source>The DEM</source>
            <translation>Le MNE</translation>
        </message>
        <message>
            <source>Both slope and DEM given: the slope raster is used.</source>
            <translation>Pente et MNE donnés tous les deux : le raster de pente est utilisé.</translation>
        </message>
        <message>
            <source>Off-road grid {} x {} cells of {:g} m; {} barriers ({}).</source>
            <translation>Grille hors route de {} x {} cellules de {:g} m ; {} obstacles ({}).</translation>
        </message>
        <message>
            <source>impassable</source>
            <translation>infranchissables</translation>
        </message>
        <message>
            <source>x{:g} cost</source>
            <translation>coût x{:g}</translation>
        </message>
        <message>
            <source>Targets (ranked polygons)</source>
            <translation>Cibles (polygones classés)</translation>
        </message>
        <message>
            <source>Rank field</source>
            <translation>Champ du rang</translation>
        </message>
        <message>
            <source>Strike (deg)</source>
            <translation>Direction (degrés)</translation>
        </message>
        <message>
            <source>Strike from lines</source>
            <translation>Direction tirée de lignes</translation>
        </message>
        <message>
            <source>Target depth (m vertical)</source>
            <translation>Profondeur de la cible (m verticaux)</translation>
        </message>
        <message>
            <source>Dip (deg, negative down)</source>
            <translation>Pendage (degrés, négatif vers le bas)</translation>
        </message>
        <message>
            <source>Metre budget</source>
            <translation>Budget en mètres</translation>
        </message>
        <message>
            <source>Minimum holes</source>
            <translation>Nombre minimal de forages</translation>
        </message>
        <message>
            <source>Maximum holes</source>
            <translation>Nombre maximal de forages</translation>
        </message>
        <message>
            <source>Travel time (h)</source>
            <translation>Temps de trajet (h)</translation>
        </message>
        <message>
            <source>Zone surface (m)</source>
            <translation>Surface de la zone (m)</translation>
        </message>
        <message>
            <source>Zone pierce points</source>
            <translation>Points de perçage de la zone</translation>
        </message>
        <message>
            <source>Deepest tested level (m vertical)</source>
            <translation>Niveau le plus profond testé (m verticaux)</translation>
        </message>
        <message>
            <source>Planned collars</source>
            <translation>Collets prévus</translation>
        </message>
        <message>
            <source>Planned traces</source>
            <translation>Tracés prévus</translation>
        </message>
        <message>
            <source>Programme summary</source>
            <translation>Sommaire du programme</translation>
        </message>
        <message>
            <source>The target layer</source>
            <translation>La couche des cibles</translation>
        </message>
        <message>
            <source>No field '{}': targets are ranked in feature order.</source>
            <translation>Aucun champ '{}' : les cibles sont classées dans l'ordre des entités.</translation>
        </message>
        <message>
            <source>Target {} has {} parts: its holes go into the largest ({:.1f} ha).</source>
            <translation>La cible {} a {} parties : ses forages vont dans la plus grande ({:.1f} ha).</translation>
        </message>
        <message>
            <source>The travel time</source>
            <translation>Le temps de trajet</translation>
        </message>
        <message>
            <source>{} holes, {:.0f} m, drilled at {} deg: {}.</source>
            <translation>{} forages, {:.0f} m, forés à {} degrés : {}.</translation>
        </message>
        <message>
            <source>the zone</source>
            <translation>la zone</translation>
        </message>
        <message>
            <source>target rank {}</source>
            <translation>la cible de rang {}</translation>
        </message>
        <message>
            <source>{} pierces {} at {:.0f} m vertical, {:.0f} m below the deepest tested level ({:.0f} m).</source>
            <translation>{} recoupe {} à {:.0f} m verticaux, {:.0f} m sous le niveau le plus profond testé ({:.0f} m).</translation>
        </message>
        <message>
            <source>{} pierces {} at {:.0f} m vertical.</source>
            <translation>{} recoupe {} à {:.0f} m verticaux.</translation>
        </message>
        <message>
            <source>The zone pierce points have no field vertical_depth_m (their fields: {}): give the PIERCE_POINTS layer of Zone geometry.</source>
            <translation>Les points de perçage de la zone n'ont pas de champ vertical_depth_m (leurs champs : {}) : donnez la couche PIERCE_POINTS de Géométrie de la zone.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>The zone pierce points have no vertical_depth_m value: give the PIERCE_POINTS layer of Zone geometry.</source>
            <translation>Les points de perçage de la zone n'ont aucune valeur de vertical_depth_m : donnez la couche PIERCE_POINTS de Géométrie de la zone.</translation>
        </message>
        <message>
            <source>Deepest tested level: {:g} m below the ground (TESTED_DEPTH).</source>
            <translation>Niveau le plus profond testé : {:g} m sous la surface du sol (TESTED_DEPTH).</translation>
        </message>
        <message>
            <source>Deepest tested level: {:g} m below the ground, the deepest of the {} zone pierce points.</source>
            <translation>Niveau le plus profond testé : {:g} m sous la surface du sol, le plus profond des {} points de perçage de la zone.</translation>
        </message>
        <message>
            <source>The zone surface is in {}, the other inputs in {}: warp it to {} first (Raster &gt; Projections &gt; Warp, bilinear), or run Zone geometry with the targets' CRS.</source>
            <translation>La surface de la zone est en {}, les autres entrées en {} : reprojetez-la d'abord en {} (Raster &gt; Projections &gt; Projection (warp), bilinéaire), ou lancez Géométrie de la zone dans le SCR des cibles.</translation>
        </message>
        <message>
            <source>no CRS</source>
            <translation>aucun SCR</translation>
        </message>
        <message>
            <source>the DEM</source>
            <translation>le MNE</translation>
        </message>
        <message>
            <source>{:.1f} m, the mean collar elevation of the zone pierce points</source>
            <translation>{:.1f} m, l'élévation moyenne des collets des points de perçage de la zone</translation>
        </message>
        <message>
            <source>{:.1f} m, the surface's top (within {:.0f} m of Zone geometry's ground: give ZONE_PIERCE_POINTS or a DEM for the exact ground)</source>
            <translation>{:.1f} m, le haut de la surface de la zone (à {:.0f} m près de la surface du sol de Géométrie de la zone : donnez ZONE_PIERCE_POINTS ou un MNE pour la surface du sol exacte)</translation>
        </message>
        <message>
            <source>Zone surface: strike {:.1f}, dip {:.1f} towards {:.1f} degrees (the plane through its cells); depths are below the ground: {}.</source>
            <translation>Surface de la zone : direction {:.1f}, pendage {:.1f} vers {:.1f} degrés (le plan ajusté à ses cellules) ; les profondeurs sont mesurées sous la surface du sol : {}.</translation>
        </message>
        <message>
            <source>Strike from the lines: {:.1f} deg.</source>
            <translation>Direction tirée des lignes : {:.1f} degrés.</translation>
        </message>
        <message>
            <source>Give the strike of the targets: a STRIKE azimuth in degrees, a STRIKE_LAYER of lineaments or corridor lines, or a ZONE_SURFACE.</source>
            <translation>Donnez la direction des cibles : un azimut STRIKE en degrés, une couche STRIKE_LAYER de linéaments ou de lignes de couloirs, ou une ZONE_SURFACE.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Plan outlines of the target zones, in a projected CRS.</source>
            <translation>Contours en plan des zones cibles, dans un SCR projeté.</translation>
        </message>
        <message>
            <source>Rank of each target, 1 = drill first. Empty or missing: the feature order.</source>
            <translation>Rang de chaque cible, 1 = à forer d'abord. Vide ou manquant : l'ordre des entités.</translation>
        </message>
        <message>
            <source>Strike of the target zones, degrees clockwise from north. Holes are drilled at 90 degrees to it. Empty with ZONE_SURFACE: the zone's strike.</source>
            <translation>Direction des zones cibles, en degrés dans le sens horaire depuis le nord. Les forages sont orientés à 90 degrés de celle-ci. Vide avec ZONE_SURFACE : la direction de la zone.</translation>
        </message>
        <message>
            <source>Lineaments or corridor axes: their length-weighted mean strike is used instead of STRIKE.</source>
            <translation>Linéaments ou axes de couloirs : leur direction moyenne pondérée par la longueur remplace STRIKE.</translation>
        </message>
        <message>
            <source>Vertical depth below the ground at which each hole crosses its target (m).</source>
            <translation>Profondeur verticale sous la surface à laquelle chaque forage recoupe sa cible (m).</translation>
        </message>
        <message>
            <source>Hole inclination from horizontal, negative downward: -55 is drilled down at 55 degrees.</source>
            <translation>Inclinaison du forage depuis l'horizontale, négative vers le bas : -55 est foré vers le bas à 55 degrés.</translation>
        </message>
        <message>
            <source>Total metres that may be drilled.</source>
            <translation>Total des mètres qui peuvent être forés.</translation>
        </message>
        <message>
            <source>Fewest holes the programme must have; the budget must cover them.</source>
            <translation>Nombre minimal de forages du programme ; le budget doit les couvrir.</translation>
        </message>
        <message>
            <source>Most holes the programme may have.</source>
            <translation>Nombre maximal de forages du programme.</translation>
        </message>
        <message>
            <source>Travel-time raster from Access cost: collars must be on reachable (non-nodata) cells; the side with lower travel time is preferred.</source>
            <translation>Raster de temps de trajet tiré de Coût d'accès : les collets doivent être sur des cellules accessibles (avec données) ; le côté au plus faible temps de trajet est préféré.</translation>
        </message>
        <message>
            <source>No collar is placed inside these polygons.</source>
            <translation>Aucun collet n'est placé dans ces polygones.</translation>
        </message>
        <message>
            <source>Ground elevation (m): collar z, and depths below the ground. Empty: z = 0 (with ZONE_SURFACE: Zone geometry's ground).</source>
            <translation>Élévation du terrain (m) : z des collets et profondeurs sous la surface. Vide : z = 0 (avec ZONE_SURFACE : la surface du sol de Géométrie de la zone).</translation>
        </message>
        <message>
            <source>The SURFACE of Zone geometry: the zone's mid-surface elevation in m (same CRS as the targets), nodata off the zone. Targets over it are drilled at the zone, against its local dip. It must reach TARGET_DEPTH: Zone geometry maps it down to its deepest LEVELS value.</source>
            <translation>La SURFACE de Géométrie de la zone : l'élévation de la surface médiane de la zone en m (même SCR que les cibles), sans valeur hors de la zone. Les cibles situées dessus sont forées dans la zone, contre son pendage local. Elle doit atteindre TARGET_DEPTH : Géométrie de la zone la cartographie jusqu'à la plus profonde de ses LEVELS.</translation>
        </message>
        <message>
            <source>The PIERCE_POINTS of Zone geometry (fields vertical_depth_m and z): without a DEM the ground is their mean collar elevation (z + vertical_depth_m), Zone geometry's own; their deepest vertical_depth_m is the tested depth when TESTED_DEPTH is empty.</source>
            <translation>Les PIERCE_POINTS de Géométrie de la zone (champs vertical_depth_m et z) : sans MNE, la surface du sol est l'élévation moyenne de leurs collets (z + vertical_depth_m), celle de Géométrie de la zone ; leur vertical_depth_m le plus profond est la profondeur testée quand TESTED_DEPTH est vide.</translation>
        </message>
        <message>
            <source>Vertical depth below the ground (m) of the deepest level already drilled in the zone (in every target without ZONE_SURFACE). Each hole's below_tested_m is how far below it the hole pierces; a TARGET_DEPTH not below it is warned of. Empty: the deepest vertical_depth_m of ZONE_PIERCE_POINTS, or none.</source>
            <translation>Profondeur verticale sous la surface du sol (m) du niveau le plus profond déjà foré dans la zone (dans chaque cible sans ZONE_SURFACE). Le below_tested_m de chaque forage indique de combien plus bas il recoupe la zone ; une TARGET_DEPTH qui n'est pas plus profonde fait l'objet d'un avertissement. Vide : le vertical_depth_m le plus profond de ZONE_PIERCE_POINTS, ou aucun.</translation>
        </message>
        <message>
            <source>hole_id, x, y, z, azimuth, dip, length_m, target_rank, travel_time_h, the pierce point pierce_x, pierce_y, pierce_z, below_tested_m (m vertical below the deepest tested level; empty when not known) and aim (zone: at the zone surface; target: under the target's outline).</source>
            <translation>hole_id, x, y, z, azimuth, dip, length_m, target_rank, travel_time_h, le point de percée pierce_x, pierce_y, pierce_z, below_tested_m (m verticaux sous le niveau le plus profond testé ; vide s'il n'est pas connu) et aim (zone : sur la surface de la zone ; target : sous le contour de la cible).</translation>
        </message>
        <message>
            <source>3D lines (LineStringZ) from collar through the pierce point to the end of hole.</source>
            <translation>Lignes 3D (LineStringZ) du collet au fond du trou en passant par le point de percée.</translation>
        </message>
        <message>
            <source>Holes and metres per target and in all, each target's aim and its holes' least below_tested_m.</source>
            <translation>Forages et mètres par cible et au total, la visée de chaque cible (aim) et le plus petit below_tested_m de ses forages.</translation>
        </message>
        <message>
            <source>Plan drill programme</source>
            <translation>Planifier le programme de forage</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>Places straight diamond-drill holes that cross ranked target polygons at TARGET_DEPTH metres vertical below the ground, drilled across STRIKE (degrees clockwise from north; or the length-weighted mean strike of STRIKE_LAYER's lines) at DIP degrees (negative downward). Each pierce point is in the middle of the target's width, at stations spread along its strike; the collar is up-dip from it, depth / tan|dip| metres away, and the hole is depth / sin|dip| metres to the pierce point plus a 30 m tail. As many holes as TOTAL_METRES allows between MIN_HOLES and MAX_HOLES are shared over the targets in proportion to 1 / rank (the top two get at least one each). Collars must be off BARRIERS and, with a TRAVEL_TIME raster (from Access cost), on reachable ground: a hole is drilled from the other side or moved along strike when they are not, and the side with the lower travel time is preferred. With a DEM, collar elevations come from it (else z = 0 and depths are below the collar). Aiming at a fitted zone: give ZONE_SURFACE, the SURFACE of Zone geometry (the zone's mid-surface elevation, m). A target over the surface is then drilled at the zone: its pierce points lie on the surface TARGET_DEPTH m below the ground (the DEM, else Zone geometry's ground: the mean collar elevation of ZONE_PIERCE_POINTS, else the surface's top), spread along the zone's strike within the target's, and each hole is drilled against the zone's local dip (azimuth = dip direction + 180) at DIP, collared at the ground; such a hole is moved along strike but never drilled from the other side. Targets off the surface are drilled as without it. A surface that does not reach TARGET_DEPTH under a target stops the run: add that depth to Zone geometry's LEVELS. TESTED_DEPTH (m below the ground; empty: the deepest vertical_depth_m of ZONE_PIERCE_POINTS) is the deepest level already drilled: each hole's below_tested_m says how far below it the hole pierces, and a TARGET_DEPTH not below it is warned of.</source>
            <translation>Place des forages au diamant rectilignes qui recoupent les polygones de cibles classées à TARGET_DEPTH mètres verticaux sous la surface, forés en travers de STRIKE (degrés dans le sens horaire depuis le nord ; ou la direction moyenne, pondérée par la longueur, des lignes de STRIKE_LAYER) avec un pendage de DIP degrés (négatif vers le bas). Chaque point de percée est au milieu de la largeur de la cible, à des stations réparties selon sa direction ; le collet est en amont-pendage, à profondeur / tan|pendage| mètres, et le forage mesure profondeur / sin|pendage| mètres jusqu'au point de percée, plus 30 m de dépassement. Autant de forages que TOTAL_METRES le permet, entre MIN_HOLES et MAX_HOLES, sont répartis entre les cibles en proportion de 1 / rang (les deux premières en reçoivent au moins un chacune). Les collets doivent être hors des BARRIERS et, avec un raster TRAVEL_TIME (tiré de Coût d'accès), sur un terrain accessible : sinon, le forage est implanté de l'autre côté ou déplacé selon la direction, le côté au plus faible temps de trajet étant préféré. Avec un MNE, l'élévation des collets en est tirée (sinon z = 0 et les profondeurs sont mesurées sous le collet). Viser une zone ajustée : donnez ZONE_SURFACE, la SURFACE de Géométrie de la zone (l'élévation de la surface médiane de la zone, m). Une cible située sur la surface est alors forée dans la zone : ses points de percée sont sur la surface, à TARGET_DEPTH m sous la surface du sol (le MNE, sinon la surface du sol de Géométrie de la zone : l'élévation moyenne des collets de ZONE_PIERCE_POINTS, sinon le haut de la surface), répartis selon la direction de la zone dans l'étendue de la cible, et chaque forage est foré contre le pendage local de la zone (azimut = direction de pendage + 180) avec le pendage DIP, le collet à la surface du sol ; un tel forage est déplacé selon la direction mais jamais implanté de l'autre côté. Les cibles hors de la surface sont forées comme sans elle. Une surface qui n'atteint pas TARGET_DEPTH sous une cible arrête le traitement : ajoutez cette profondeur aux LEVELS de Géométrie de la zone. TESTED_DEPTH (m sous la surface du sol ; vide : le vertical_depth_m le plus profond de ZONE_PIERCE_POINTS) est le niveau le plus profond déjà foré : le below_tested_m de chaque forage indique de combien plus bas il recoupe la zone, et une TARGET_DEPTH qui n'est pas plus profonde fait l'objet d'un avertissement.</translation>
        </message>
    </context>
    <context>
        <name>IgrfAlgorithm</name>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Survey extent</source>
            <translation>Emprise du levé</translation>
        </message>
        <message>
            <source>Survey date</source>
            <translation>Date du levé</translation>
        </message>
        <message>
            <source>Altitude (m above ellipsoid)</source>
            <translation>Altitude (m au-dessus de l'ellipsoïde)</translation>
        </message>
        <message>
            <source>Give a point or an extent: the IGRF needs a place.</source>
            <translation>Donnez un point ou une emprise : l'IGRF a besoin d'un lieu.</translation>
        </message>
        <message>
            <source>Give the survey date (for example 2019-10-20).</source>
            <translation>Donnez la date du levé (par exemple 2019-10-20).</translation>
        </message>
        <message>
            <source>IGRF-14 at {:.5f} E, {:.5f} N, {} m on {}: I = {:.3f} deg, D = {:.3f} deg, F = {:.1f} nT</source>
            <translation>IGRF-14 à {:.5f} E, {:.5f} N, {} m le {} : I = {:.3f} degrés, D = {:.3f} degrés, F = {:.1f} nT</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Where to compute the field (any CRS). Leave empty to use the centre of the extent.</source>
            <translation>Où calculer le champ (tout SCR). Laissez vide pour utiliser le centre de l'emprise.</translation>
        </message>
        <message>
            <source>Used when no point is given: the field is computed at its centre.</source>
            <translation>Utilisée quand aucun point n'est donné : le champ est calculé en son centre.</translation>
        </message>
        <message>
            <source>Date of the survey (1900-01-01 to 2030-01-01).</source>
            <translation>Date du levé (du 1900-01-01 au 2030-01-01).</translation>
        </message>
        <message>
            <source>Sensor altitude in metres above the WGS84 ellipsoid.</source>
            <translation>Altitude du capteur en mètres au-dessus de l'ellipsoïde WGS84.</translation>
        </message>
        <message>
            <source>Inclination (deg)</source>
            <translation>Inclinaison (degrés)</translation>
        </message>
        <message>
            <source>Declination (deg)</source>
            <translation>Déclinaison (degrés)</translation>
        </message>
        <message>
            <source>Total intensity (nT)</source>
            <translation>Intensité totale (nT)</translation>
        </message>
        <message>
            <source>IGRF main field</source>
            <translation>Champ principal IGRF</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>International Geomagnetic Reference Field (IGRF-14, IAGA 2024, valid 1900-2030) at a place, date and altitude: inclination (degrees, positive downward), declination (degrees, clockwise from geographic north) and total intensity (nT). Give a point, or an extent whose centre is used. The altitude is in metres above the WGS84 ellipsoid; leaving it out moves the angles by about 0.1 deg at survey heights. The outputs are numbers that models can pass to Reduce to pole.</source>
            <translation>Champ géomagnétique international de référence (IGRF-14, AIGA 2024, valide de 1900 à 2030) en un lieu, à une date et à une altitude : inclinaison (degrés, positive vers le bas), déclinaison (degrés, dans le sens horaire depuis le nord géographique) et intensité totale (nT). Donnez un point, ou une emprise dont le centre est utilisé. L'altitude est en mètres au-dessus de l'ellipsoïde WGS84 ; l'omettre décale les angles d'environ 0,1 degré aux hauteurs de levé. Les résultats sont des nombres que les modèles peuvent passer à Réduction au pôle.</translation>
        </message>
    </context>
    <context>
        <name>CorrectSurveyAlgorithm</name>
        <message>
            <source>Survey readings</source>
            <translation>Lectures du levé</translation>
        </message>
        <message>
            <source>Time field</source>
            <translation>Champ de l'heure</translation>
        </message>
        <message>
            <source>Total field (nT)</source>
            <translation>Champ total (nT)</translation>
        </message>
        <message>
            <source>Base-station table</source>
            <translation>Table de la station de base</translation>
        </message>
        <message>
            <source>Base-station time field</source>
            <translation>Champ de l'heure de la station de base</translation>
        </message>
        <message>
            <source>Base-station field (nT)</source>
            <translation>Champ total à la station de base (nT)</translation>
        </message>
        <message>
            <source>Base-station datum (nT)</source>
            <translation>Niveau de référence de la station de base (nT)</translation>
        </message>
        <message>
            <source>Longest base-station gap (s)</source>
            <translation>Plus longue lacune de la station de base (s)</translation>
        </message>
        <message>
            <source>Remove the IGRF main field</source>
            <translation>Retirer le champ principal IGRF</translation>
        </message>
        <message>
            <source>Sensor altitude (m above ellipsoid)</source>
            <translation>Altitude du capteur (m au-dessus de l'ellipsoïde)</translation>
        </message>
        <message>
            <source>Line field</source>
            <translation>Champ de la ligne</translation>
        </message>
        <message>
            <source>Tie lines</source>
            <translation>Lignes de contrôle</translation>
        </message>
        <message>
            <source>Crossover distance</source>
            <translation>Distance de croisement</translation>
        </message>
        <message>
            <source>Output CRS</source>
            <translation>SCR de sortie</translation>
        </message>
        <message>
            <source>Corrected readings</source>
            <translation>Lectures corrigées</translation>
        </message>
        <message>
            <source>The survey layer is empty: there are no readings to correct.</source>
            <translation>La couche du levé est vide : il n'y a aucune lecture à corriger.</translation>
        </message>
        <message>
            <source>Output CRS: {} (UTM zone of the survey centre)</source>
            <translation>SCR de sortie : {} (zone UTM du centre du levé)</translation>
        </message>
        <message>
            <source>The output CRS</source>
            <translation>Le SCR de sortie</translation>
        </message>
        <message>
            <source>Tie-line levelling needs the line field: choose it, or leave the tie lines empty.</source>
            <translation>Le nivellement sur les lignes de contrôle demande le champ de la ligne : choisissez-le, ou laissez les lignes de contrôle vides.</translation>
        </message>
        <message>
            <source>Tie-line levelling shifts (nT): {}</source>
            <translation>Décalages du nivellement sur les lignes de contrôle (nT) : {}</translation>
        </message>
        <message>
            <source>{} of {} readings {}; their anomaly is left empty.</source>
            <translation>{} lectures sur {} {} ; leur anomalie est laissée vide.</translation>
        </message>
        <message>
            <source>The base-station table has no field '{}'. Choose its time and total-field fields.</source>
            <translation>La table de la station de base n'a pas de champ '{}'. Choisissez ses champs de l'heure et du champ total.</translation>
        </message>
        <message>
            <source>Diurnal correction: base-station datum {:.2f} nT, correction from {:.1f} to {:.1f} nT</source>
            <translation>Correction diurne : niveau de référence de la station de base {:.2f} nT, correction de {:.1f} à {:.1f} nT</translation>
        </message>
        <message>
            <source>The survey layer already has a field '{}'. Rename it: the corrected layer adds that field.</source>
            <translation>La couche du levé a déjà un champ '{}'. Renommez-le : la couche corrigée ajoute ce champ.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Point layer of magnetometer readings (any CRS; GPS lon/lat is usual).</source>
            <translation>Couche de points des lectures du magnétomètre (tout SCR ; longitude et latitude GPS le plus souvent).</translation>
        </message>
        <message>
            <source>Reading time: ISO 8601 text (UTC unless an offset is given) or a date-time field.</source>
            <translation>Heure de la lecture : texte ISO 8601 (UTC sauf décalage indiqué) ou champ date-heure.</translation>
        </message>
        <message>
            <source>Measured total magnetic intensity in nT.</source>
            <translation>Intensité magnétique totale mesurée en nT.</translation>
        </message>
        <message>
            <source>Base-station readings (a table: time and total field). Leave empty to skip the diurnal correction.</source>
            <translation>Lectures de la station de base (une table : heure et champ total). Laissez vide pour ne pas faire la correction diurne.</translation>
        </message>
        <message>
            <source>Base-station time, same formats as the survey time.</source>
            <translation>Heure de la station de base, aux mêmes formats que l'heure du levé.</translation>
        </message>
        <message>
            <source>Base-station total field in nT.</source>
            <translation>Champ total à la station de base en nT.</translation>
        </message>
        <message>
            <source>Value subtracted from the base readings; empty = their median.</source>
            <translation>Valeur soustraite des lectures de la base ; vide = leur médiane.</translation>
        </message>
        <message>
            <source>Readings inside a longer gap between base readings are left uncorrected (empty).</source>
            <translation>Les lectures situées dans une lacune plus longue entre deux lectures de la base ne sont pas corrigées (vides).</translation>
        </message>
        <message>
            <source>Subtract the IGRF-14 total intensity at each reading (TMI to anomaly).</source>
            <translation>Soustrait l'intensité totale IGRF-14 à chaque lecture (du champ total à l'anomalie).</translation>
        </message>
        <message>
            <source>Altitude of the sensor for the IGRF, metres above the WGS84 ellipsoid.</source>
            <translation>Altitude du capteur pour l'IGRF, en mètres au-dessus de l'ellipsoïde WGS84.</translation>
        </message>
        <message>
            <source>Survey line identifier; needed for tie-line levelling.</source>
            <translation>Identifiant de la ligne de levé ; nécessaire au nivellement sur les lignes de contrôle.</translation>
        </message>
        <message>
            <source>Comma-separated line identifiers of the tie lines. Empty = no levelling.</source>
            <translation>Identifiants des lignes de contrôle, séparés par des virgules. Vide = pas de nivellement.</translation>
        </message>
        <message>
            <source>Readings of a traverse line this close (m) to a tie-line reading form a crossover.</source>
            <translation>Les lectures d'une ligne de levé à moins de cette distance (m) d'une lecture de ligne de contrôle forment un croisement.</translation>
        </message>
        <message>
            <source>Projected CRS of the output; empty = the WGS84 UTM zone of the survey centre.</source>
            <translation>SCR projeté du résultat ; vide = la zone UTM WGS84 du centre du levé.</translation>
        </message>
        <message>
            <source>The readings in the output CRS with x, y, diurnal_nt, igrf_nt, level_nt and anomaly_nt.</source>
            <translation>Les lectures dans le SCR de sortie avec x, y, diurnal_nt, igrf_nt, level_nt et anomaly_nt.</translation>
        </message>
        <message>
            <source>Correct survey readings</source>
            <translation>Corriger les lectures du levé</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Turns raw total-field readings into a magnetic anomaly: projects GPS readings to a projected CRS (by default the UTM zone of the survey), removes the diurnal variation recorded by a base station (interpolated in time; correction = base reading - base datum, the datum being the median base value unless given), removes the IGRF-14 main field at each reading's place, date and altitude, and optionally levels traverse lines to tie lines (a constant shift per line, the median tie-minus-traverse difference at crossovers). anomaly_nt = reading - diurnal_nt - igrf_nt + level_nt. Readings outside the base-station record keep an empty anomaly and are counted in the log. Times are ISO 8601 text (UTC unless an offset is given) or date-time fields.</source>
            <translation>Transforme les lectures brutes du champ total en anomalie magnétique : projette les lectures GPS dans un SCR projeté (par défaut la zone UTM du levé), retire la variation diurne enregistrée par une station de base (interpolée dans le temps ; correction = lecture de la base - niveau de référence de la base, ce niveau étant la médiane des lectures de la base s'il n'est pas donné), retire le champ principal IGRF-14 au lieu, à la date et à l'altitude de chaque lecture et, au besoin, nivelle les lignes de levé sur les lignes de contrôle (un décalage constant par ligne, la médiane des écarts contrôle moins levé aux croisements). anomaly_nt = lecture - diurnal_nt - igrf_nt + level_nt. Les lectures hors de la période couverte par la station de base gardent une anomalie vide et sont comptées dans le journal. Les heures sont du texte ISO 8601 (UTC sauf décalage indiqué) ou des champs date-heure.</translation>
        </message>
    </context>
    <context>
        <name>GridSurveyAlgorithm</name>
        <message>
            <source>Readings</source>
            <translation>Lectures</translation>
        </message>
        <message>
            <source>Value field</source>
            <translation>Champ de la valeur</translation>
        </message>
        <message>
            <source>Line field</source>
            <translation>Champ de la ligne</translation>
        </message>
        <message>
            <source>Survey block field</source>
            <translation>Champ du bloc de levé</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Tension</translation>
        </message>
        <message>
            <source>Blanking distance (m)</source>
            <translation>Distance de masquage (m)</translation>
        </message>
        <message>
            <source>Grid extent</source>
            <translation>Emprise de la grille</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grille</translation>
        </message>
        <message>
            <source>The readings layer is empty: nothing to grid.</source>
            <translation>La couche de lectures est vide : rien à mettre en grille.</translation>
        </message>
        <message>
            <source>The readings layer</source>
            <translation>La couche de lectures</translation>
        </message>
        <message>
            <source>{} readings without a value or position were left out.</source>
            <translation>{} lectures sans valeur ou sans position ont été écartées.</translation>
        </message>
        <message>
            <source>Fewer than 3 readings have a value: nothing to grid.</source>
            <translation>Moins de 3 lectures ont une valeur : rien à mettre en grille.</translation>
        </message>
        <message>
            <source>Estimated line spacing: {:.1f} m</source>
            <translation>Espacement des lignes estimé : {:.1f} m</translation>
        </message>
        <message>
            <source>Line spacing per block: {}</source>
            <translation>Espacement des lignes par bloc : {}</translation>
        </message>
        <message>
            <source>Gridding {} readings onto {} x {} cells of {:.1f} m, tension {:.2f}, blanking {:.0f} m</source>
            <translation>Mise en grille de {} lectures sur {} x {} cellules de {:.1f} m, tension {:.2f}, masquage à {:.0f} m</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Point layer in a projected CRS (metres).</source>
            <translation>Couche de points dans un SCR projeté (mètres).</translation>
        </message>
        <message>
            <source>The value to grid, e.g. anomaly_nt from Correct survey readings.</source>
            <translation>La valeur à mettre en grille, p. ex. anomaly_nt tirée de Corriger les lectures du levé.</translation>
        </message>
        <message>
            <source>Survey line identifier, used to estimate the line spacing for the automatic defaults.</source>
            <translation>Identifiant de la ligne de levé, utilisé pour estimer l'espacement des lignes pour les valeurs automatiques.</translation>
        </message>
        <message>
            <source>Survey, block or year of each reading, for compilations of several surveys: the line spacing is estimated within each block (lines of overlapping surveys do not count as neighbours) and reported per block.</source>
            <translation>Levé, bloc ou année de chaque lecture, pour les compilations de plusieurs levés : l'espacement des lignes est estimé dans chaque bloc (les lignes de levés qui se chevauchent ne comptent pas comme voisines) et rapporté par bloc.</translation>
        </message>
        <message>
            <source>Cell size in metres; 0 = a quarter of the line spacing.</source>
            <translation>Taille de cellule en mètres ; 0 = le quart de l'espacement des lignes.</translation>
        </message>
        <message>
            <source>0 = minimum curvature, 1 = harmonic surface; 0.25 is usual for potential fields.</source>
            <translation>0 = courbure minimale, 1 = surface harmonique ; 0,25 est l'usage pour les champs de potentiel.</translation>
        </message>
        <message>
            <source>Cells farther than this from any reading are nodata; 0 = 1.5 line spacings.</source>
            <translation>Les cellules plus éloignées que cette distance de toute lecture sont sans données ; 0 = 1,5 espacement de lignes.</translation>
        </message>
        <message>
            <source>Extent of the grid; empty = the readings' extent.</source>
            <translation>Emprise de la grille ; vide = l'emprise des lectures.</translation>
        </message>
        <message>
            <source>GeoTIFF grid of the value (float32, nodata where blanked).</source>
            <translation>Grille GeoTIFF de la valeur (float32, sans données là où elle est masquée).</translation>
        </message>
        <message>
            <source>Grid survey (minimum curvature)</source>
            <translation>Mise en grille du levé (courbure minimale)</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Grids point readings by minimum curvature with tension (Smith &amp; Wessel 1990, as GMT surface). Cell size in metres (0 = automatic, a quarter of the line spacing estimated from the line field or the points); tension 0 gives the smoothest surface, 1 a harmonic one (0.25 suits potential fields). Cells farther than the blanking distance (m) from any reading are nodata (0 = automatic, 1.5 line spacings). The layer must be in a projected CRS (run Correct survey readings first for GPS lon/lat).</source>
            <translation>Met des lectures ponctuelles en grille par courbure minimale avec tension (Smith et Wessel 1990, comme surface de GMT). Taille de cellule en mètres (0 = automatique, le quart de l'espacement des lignes estimé à partir du champ de la ligne ou des points) ; une tension de 0 donne la surface la plus lisse, 1 une surface harmonique (0,25 convient aux champs de potentiel). Les cellules à plus de la distance de masquage (m) de toute lecture sont sans données (0 = automatique, 1,5 espacement de lignes). La couche doit être dans un SCR projeté (exécutez d'abord Corriger les lectures du levé pour des longitudes et latitudes GPS).</translation>
        </message>
    </context>
    <context>
        <name>ProspectivityModelAlgorithm</name>
        <message>
            <source>Evidence rasters</source>
            <translation>Rasters de preuve</translation>
        </message>
        <message>
            <source>{} left out: {}</source>
            <translation>{} laissé de côté : {}</translation>
        </message>
        <message>
            <source>MONOTONE: '{}' is not 'band name=increasing', '=decreasing' or '=free'.</source>
            <translation>MONOTONE : '{}' n'est pas 'nom de bande=increasing', '=decreasing' ou '=free'.</translation>
        </message>
        <message>
            <source>Evidence: {} bands on {} x {} cells of {:g} m: {}</source>
            <translation>Preuve : {} bandes sur {} x {} cellules de {:g} m : {}</translation>
        </message>
        <message>
            <source>No evidence raster was given: give the stack from lodestone:stackevidence, or several rasters on one grid.</source>
            <translation>Aucun raster de preuve n'a été donné : donnez la pile tirée de lodestone:stackevidence, ou plusieurs rasters sur une même grille.</translation>
        </message>
        <message>
            <source>The evidence raster '{}'</source>
            <translation>Le raster de preuve '{}'</translation>
        </message>
        <message>
            <source>The evidence rasters are in different CRSs ('{}' in {}, '{}' in {}): put them on one grid with lodestone:stackevidence first.</source>
            <translation>Les rasters de preuve sont dans des SCR différents ('{}' en {}, '{}' en {}) : ramenez-les d'abord sur une même grille avec lodestone:stackevidence.</translation>
        </message>
        <message>
            <source>Known occurrences (positives)</source>
            <translation>Occurrences connues (positifs)</translation>
        </message>
        <message>
            <source>True negatives</source>
            <translation>Vrais négatifs</translation>
        </message>
        <message>
            <source>Positive weight field</source>
            <translation>Champ de pondération des positifs</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Categorical bands</source>
            <translation>Bandes catégorielles</translation>
        </message>
        <message>
            <source>Monotone directions</source>
            <translation>Sens monotones</translation>
        </message>
        <message>
            <source>Transfer check</source>
            <translation>Contrôle de transfert</translation>
        </message>
        <message>
            <source>Negative buffer (m)</source>
            <translation>Zone tampon des négatifs (m)</translation>
        </message>
        <message>
            <source>Number of bags</source>
            <translation>Nombre de sacs (bagging)</translation>
        </message>
        <message>
            <source>Cross-validation block size (m)</source>
            <translation>Taille des blocs de validation croisée (m)</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Incertitude</translation>
        </message>
        <message>
            <source>Area of applicability</source>
            <translation>Domaine d'applicabilité</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>Fichier du modèle</translation>
        </message>
        <message>
            <source>The positives layer could not be read.</source>
            <translation>La couche des positifs n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>Categorical bands: {}</source>
            <translation>Bandes catégorielles : {}</translation>
        </message>
        <message>
            <source>Spatial cross-validation AUC {:.3f} (95 % interval {:.3f}-{:.3f}), {} of held-out points in the top 10 % of the area; random cross-validation AUC {:.3f}.</source>
            <translation>AUC de la validation croisée spatiale {:.3f} (intervalle à 95 % {:.3f}-{:.3f}), {} des points retenus dans les 10 % les plus favorables de la superficie ; AUC de la validation croisée aléatoire {:.3f}.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>The evidence stack from lodestone:stackevidence (each band one evidence layer, named by its band description), or several rasters on one grid in a projected CRS (each band of each raster is one evidence band).</source>
            <translation>La pile de couches de preuve tirée de lodestone:stackevidence (chaque bande est une couche de preuve, nommée par sa description), ou plusieurs rasters sur une même grille dans un SCR projeté (chaque bande de chaque raster est une bande de preuve).</translation>
        </message>
        <message>
            <source>Points of known gold: showings, drill intercepts (from lodestone:trainingpoints or any point layer). Several in one cell count once; points on nodata or outside are dropped and counted.</source>
            <translation>Points d'or connu : indices, intersections de forage (tirés de lodestone:trainingpoints ou de toute couche de points). Plusieurs dans une même cellule comptent une fois ; les points sur une cellule sans données ou hors de la pile sont écartés et comptés.</translation>
        </message>
        <message>
            <source>Optional points known to be barren, such as barren drill holes; used as negatives in every bag.</source>
            <translation>Points facultatifs reconnus stériles, comme des forages stériles ; utilisés comme négatifs dans chaque sac.</translation>
        </message>
        <message>
            <source>Optional positive number per positive (e.g. grade x thickness in g/t x m); several points in one cell keep the largest. Empty = equal weights.</source>
            <translation>Nombre positif facultatif par positif (p. ex. teneur x épaisseur en g/t x m) ; plusieurs points d'une même cellule gardent le plus grand. Vide = poids égaux.</translation>
        </message>
        <message>
            <source>Monotone gradient boosting (default: each ordered band can only raise or only lower the score, which keeps the model from learning accidents of the training ground), random forest, gradient boosting, or logistic regression on standardised bands (a linear, easily explained model).</source>
            <translation>Gradient boosting monotone (par défaut : chaque bande ordonnée ne peut que monter ou que baisser le score, ce qui empêche le modèle d'apprendre les accidents du terrain d'entraînement), forêt aléatoire, gradient boosting, ou régression logistique sur des bandes standardisées (un modèle linéaire, facile à expliquer).</translation>
        </message>
        <message>
            <source>Names of the bands holding rock units or other unordered codes, separated by ';'. Empty: the bands lodestone:stackevidence marked categorical. Each unit weighs its contrast where that is confident (studentized contrast 2), else nothing; a unit the training never saw weighs nothing.</source>
            <translation>Noms des bandes portant des unités lithologiques ou d'autres codes non ordonnés, séparés par ';'. Vide : les bandes que lodestone:stackevidence a marquées catégorielles. Chaque unité pèse son contraste quand il est sûr (contraste studentisé 2), sinon rien ; une unité jamais vue à l'entraînement ne pèse rien.</translation>
        </message>
        <message>
            <source>For monotone gradient boosting: 'band=increasing; other band=decreasing; third=free', where you know the direction (closer to a fault is never worse: distance decreasing). Bands left out follow the direction the training points show.</source>
            <translation>Pour le gradient boosting monotone : 'bande=increasing; autre bande=decreasing; troisième=free', là où vous connaissez le sens (plus près d'une faille n'est jamais pire : distance decreasing). Les bandes non citées suivent le sens que montrent les points d'entraînement.</translation>
        </message>
        <message>
            <source>Train on one side of three split lines (both ways) and score the other side: the model against each band alone and a weights-of-evidence posterior (in the report).</source>
            <translation>Entraîner d'un côté de trois lignes de partage (dans les deux sens) et évaluer l'autre côté : le modèle face à chaque bande seule et à une probabilité a posteriori des poids de la preuve (dans le rapport).</translation>
        </message>
        <message>
            <source>Unlabelled cells closer than this to a positive are never drawn as negatives (m).</source>
            <translation>Les cellules non étiquetées plus proches que cette distance d'un positif ne sont jamais tirées comme négatifs (m).</translation>
        </message>
        <message>
            <source>Repeated random draws of negatives; their spread is the uncertainty (10-20 is usual).</source>
            <translation>Tirages aléatoires répétés de négatifs ; leur dispersion est l'incertitude (10 à 20 d'habitude).</translation>
        </message>
        <message>
            <source>Side of the square blocks held out together in spatial cross-validation (m): larger than the size of one mineralised zone, so a zone is never half in training.</source>
            <translation>Côté des blocs carrés retenus ensemble dans la validation croisée spatiale (m) : plus grand qu'une zone minéralisée, pour qu'une zone ne soit jamais à moitié dans l'entraînement.</translation>
        </message>
        <message>
            <source>Fixes every random choice: the same inputs and seed give the same outputs.</source>
            <translation>Fixe tous les choix aléatoires : mêmes entrées et même graine donnent les mêmes résultats.</translation>
        </message>
        <message>
            <source>0-1 heat map (rescaled bag-mean probability; see README); nodata where any band is.</source>
            <translation>Carte de chaleur de 0 à 1 (probabilité moyenne des sacs remise à l'échelle ; voir le README) ; sans données là où une bande l'est.</translation>
        </message>
        <message>
            <source>Standard deviation of the prospectivity across bags, in the same 0-1 units.</source>
            <translation>Écart type de la prospectivité entre les sacs, dans les mêmes unités de 0 à 1.</translation>
        </message>
        <message>
            <source>Dissimilarity of each cell's evidence to the training data over the threshold (Meyer &amp; Pebesma 2021): above 1 the model extrapolates and its map is not to be trusted there.</source>
            <translation>Dissimilarité des indices de chaque cellule aux données d'entraînement rapportée au seuil (Meyer &amp; Pebesma 2021) : au-dessus de 1 le modèle extrapole et sa carte n'y est pas fiable.</translation>
        </message>
        <message>
            <source>HTML report: spatial and random cross-validation curves and AUC, capture table, prediction-area plot, importance, partial dependence, the transfer check, the area of applicability, point counts, parameters.</source>
            <translation>Rapport HTML : courbes et AUC de validation croisée spatiale et aléatoire, table de capture, graphique prédiction-surface, importance, dépendance partielle, contrôle de transfert, domaine d'applicabilité, effectifs des points, paramètres.</translation>
        </message>
        <message>
            <source>The trained model, for Apply prospectivity model on another stack with the same bands: plain arrays (no code), safe to share.</source>
            <translation>Le modèle entraîné, pour Appliquer un modèle de prospectivité à une autre pile aux mêmes bandes : des tableaux de nombres (aucun code), sans risque à partager.</translation>
        </message>
        <message>
            <source>Spatial cross-validation AUC</source>
            <translation>AUC de la validation croisée spatiale</translation>
        </message>
        <message>
            <source>Spatial AUC, lower end of the 95 % interval</source>
            <translation>AUC spatiale, borne inférieure de l'intervalle à 95 %</translation>
        </message>
        <message>
            <source>Spatial AUC, upper end of the 95 % interval</source>
            <translation>AUC spatiale, borne supérieure de l'intervalle à 95 %</translation>
        </message>
        <message>
            <source>Held-out points captured in the top 10 % of the area (spatial, 0-1)</source>
            <translation>Points retenus captés dans les 10 % les plus favorables de la superficie (spatiale, 0 à 1)</translation>
        </message>
        <message>
            <source>Random cross-validation AUC (leakage flag)</source>
            <translation>AUC de la validation croisée aléatoire (indicateur de fuite)</translation>
        </message>
        <message>
            <source>Spatial cross-validation ROC AUC, positives against true negatives</source>
            <translation>AUC ROC de la validation croisée spatiale, positifs contre vrais négatifs</translation>
        </message>
        <message>
            <source>Transfer check: the model's mean AUC on held-out halves</source>
            <translation>Contrôle de transfert : AUC moyenne du modèle sur les moitiés réservées</translation>
        </message>
        <message>
            <source>Transfer check: the best single band's mean AUC</source>
            <translation>Contrôle de transfert : AUC moyenne de la meilleure bande seule</translation>
        </message>
        <message>
            <source>Transfer check: a weights-of-evidence posterior's mean AUC</source>
            <translation>Contrôle de transfert : AUC moyenne d'une probabilité a posteriori des poids de la preuve</translation>
        </message>
        <message>
            <source>Share of the valid area outside the area of applicability (0-1)</source>
            <translation>Part de la surface valide hors du domaine d'applicabilité (0-1)</translation>
        </message>
        <message>
            <source>Prospectivity model (machine learning)</source>
            <translation>Modèle de prospectivité (apprentissage automatique)</translation>
        </message>
        <message>
            <source>A 0-1 prospectivity heat map learnt from known gold points and an evidence stack, with positive-unlabelled training: every cell that is not a known occurrence is unlabelled, not barren. Each of N_BAGS bags trains a classifier on the positives (weighted by WEIGHT_FIELD, e.g. grade x thickness), the optional true negatives (barren holes) and a new random draw of unlabelled cells farther than NEGATIVE_BUFFER metres from any positive. PROSPECTIVITY is the bag-mean probability rescaled to 0-1 over the stack; UNCERTAINTY is the standard deviation across bags in the same units. Validation is spatial: blocks of CV_BLOCK_SIZE metres are held out in turn, giving the prediction-rate curve, its AUC with a bootstrap interval and the share of held-out points in the top 1/2/5/10/20 % of the area; random cross-validation is reported beside it only as a leakage flag (Airola et al. 2019). The REPORT adds the prediction-area plot (Yousefi &amp; Carranza 2015), permutation importance and partial dependence per band. Cells with nodata in any band are nodata in the outputs, never zero; points on them, outside the stack or sharing a cell are counted in the report. MODEL can be applied to another stack with the same bands (Apply prospectivity model).</source>
            <translation>Carte de chaleur de prospectivité de 0 à 1 apprise à partir de points d'or connus et d'une pile de couches de preuve, par apprentissage positif-non étiqueté : toute cellule qui n'est pas une occurrence connue est non étiquetée, et non stérile. Chacun des N_BAGS sacs entraîne un classificateur sur les positifs (pondérés par WEIGHT_FIELD, p. ex. teneur x épaisseur), les vrais négatifs facultatifs (forages stériles) et un nouveau tirage aléatoire de cellules non étiquetées situées à plus de NEGATIVE_BUFFER mètres de tout positif. PROSPECTIVITY est la probabilité moyenne des sacs, remise à l'échelle de 0 à 1 sur la pile ; UNCERTAINTY est l'écart type entre les sacs, dans les mêmes unités. La validation est spatiale : des blocs de CV_BLOCK_SIZE mètres sont retenus tour à tour, ce qui donne la courbe de taux de prédiction, son AUC avec un intervalle par bootstrap et la part des points retenus dans les 1/2/5/10/20 % les plus favorables de la superficie ; la validation croisée aléatoire n'est rapportée à côté que comme indicateur de fuite (Airola et al. 2019). Le rapport REPORT ajoute le graphique prédiction-superficie (Yousefi et Carranza 2015), l'importance par permutation et la dépendance partielle par bande. Les cellules sans données dans une bande sont sans données dans les résultats, jamais nulles ; les points qui y tombent, hors de la pile ou qui partagent une cellule sont comptés dans le rapport. MODEL peut être appliqué à une autre pile ayant les mêmes bandes (Appliquer un modèle de prospectivité).</translation>
        </message>
        <message>
            <source>The trained model, for Apply prospectivity model on another stack with the same bands. It is a Python pickle: open only model files from people you trust.</source>
            <translation type="vanished">Le modèle entraîné, pour Appliquer un modèle de prospectivité sur une autre pile ayant les mêmes bandes. C'est un pickle Python : n'ouvrez que des fichiers de modèle de personnes de confiance.</translation>
        </message>
        <message>
            <source>Random forest (default, robust), gradient boosting, or logistic regression on standardised bands (a linear, easily explained model).</source>
            <translation type="vanished">Forêt aléatoire (par défaut, robuste), gradient boosting, ou régression logistique sur des bandes standardisées (un modèle linéaire, facile à expliquer).</translation>
        </message>
        <message>
            <source>HTML report: spatial and random cross-validation curves and AUC, capture table, prediction-area plot, importance, partial dependence, point counts, parameters.</source>
            <translation type="vanished">Rapport HTML : courbes et AUC des validations croisées spatiale et aléatoire, table de capture, graphique prédiction-superficie, importance, dépendance partielle, décomptes de points, paramètres.</translation>
        </message>
    </context>
    <context>
        <name>ApplyModelAlgorithm</name>
        <message>
            <source>Evidence rasters</source>
            <translation>Rasters de preuve</translation>
        </message>
        <message>
            <source>{} left out: {}</source>
            <translation>{} laissé de côté : {}</translation>
        </message>
        <message>
            <source>MONOTONE: '{}' is not 'band name=increasing', '=decreasing' or '=free'.</source>
            <translation>MONOTONE : '{}' n'est pas 'nom de bande=increasing', '=decreasing' ou '=free'.</translation>
        </message>
        <message>
            <source>Evidence: {} bands on {} x {} cells of {:g} m: {}</source>
            <translation>Preuve : {} bandes sur {} x {} cellules de {:g} m : {}</translation>
        </message>
        <message>
            <source>No evidence raster was given: give the stack from lodestone:stackevidence, or several rasters on one grid.</source>
            <translation>Aucun raster de preuve n'a été donné : donnez la pile tirée de lodestone:stackevidence, ou plusieurs rasters sur une même grille.</translation>
        </message>
        <message>
            <source>The evidence raster '{}'</source>
            <translation>Le raster de preuve '{}'</translation>
        </message>
        <message>
            <source>The evidence rasters are in different CRSs ('{}' in {}, '{}' in {}): put them on one grid with lodestone:stackevidence first.</source>
            <translation>Les rasters de preuve sont dans des SCR différents ('{}' en {}, '{}' en {}) : ramenez-les d'abord sur une même grille avec lodestone:stackevidence.</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>Fichier du modèle</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Incertitude</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>indices</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>A model file written by Prospectivity model (files of development builds before 0.1, Python pickles, are refused: train again).</source>
            <translation>Un fichier de modèle écrit par Modèle de prospectivité (les fichiers des versions de développement antérieures à 0.1, des pickles Python, sont refusés : entraînez de nouveau).</translation>
        </message>
        <message>
            <source>The evidence stack to score: the same bands, with the same names and order, as the stack the model was trained on.</source>
            <translation>La pile de couches de preuve à évaluer : les mêmes bandes, avec les mêmes noms et dans le même ordre, que la pile sur laquelle le modèle a été entraîné.</translation>
        </message>
        <message>
            <source>0-1 prospectivity; nodata where any band is nodata.</source>
            <translation>Prospectivité de 0 à 1 ; sans données là où une bande est sans données.</translation>
        </message>
        <message>
            <source>Standard deviation across bags, in prospectivity units.</source>
            <translation>Écart type entre les sacs, en unités de prospectivité.</translation>
        </message>
        <message>
            <source>Apply prospectivity model</source>
            <translation>Appliquer un modèle de prospectivité</translation>
        </message>
        <message>
            <source>Apply a MODEL saved by Prospectivity model to an evidence stack with the same bands in the same order (checked by band name), window by window of rows so large stacks fit in memory. OUTPUT is the 0-1 prospectivity, rescaled with the training stack's range and clipped to 0-1; UNCERTAINTY the spread across bags in the same units. Cells with nodata in any band are nodata.</source>
            <translation>Applique un MODEL enregistré par Modèle de prospectivité à une pile de couches de preuve ayant les mêmes bandes dans le même ordre (vérifié par le nom des bandes), par fenêtres de lignes pour que les grandes piles tiennent en mémoire. OUTPUT est la prospectivité de 0 à 1, remise à l'échelle selon l'étendue de la pile d'entraînement et bornée à 0-1 ; UNCERTAINTY, la dispersion entre les sacs dans les mêmes unités. Les cellules sans données dans une bande sont sans données.</translation>
        </message>
        <message>
            <source>The model was made with scikit-learn {}, this QGIS has {}: results may differ slightly; retrain if in doubt.</source>
            <translation type="vanished">Le modèle a été produit avec scikit-learn {}, ce QGIS a {} : les résultats peuvent légèrement différer ; réentraînez-le en cas de doute.</translation>
        </message>
        <message>
            <source>A model file written by Prospectivity model (a pickle: open only files you trust).</source>
            <translation type="vanished">Un fichier de modèle écrit par Modèle de prospectivité (un pickle : n'ouvrez que des fichiers de confiance).</translation>
        </message>
    </context>
    <context>
        <name>ValidateProspectivityAlgorithm</name>
        <message>
            <source>Evidence rasters</source>
            <translation>Rasters de preuve</translation>
        </message>
        <message>
            <source>{} left out: {}</source>
            <translation>{} laissé de côté : {}</translation>
        </message>
        <message>
            <source>MONOTONE: '{}' is not 'band name=increasing', '=decreasing' or '=free'.</source>
            <translation>MONOTONE : '{}' n'est pas 'nom de bande=increasing', '=decreasing' ou '=free'.</translation>
        </message>
        <message>
            <source>Evidence: {} bands on {} x {} cells of {:g} m: {}</source>
            <translation>Preuve : {} bandes sur {} x {} cellules de {:g} m : {}</translation>
        </message>
        <message>
            <source>No evidence raster was given: give the stack from lodestone:stackevidence, or several rasters on one grid.</source>
            <translation>Aucun raster de preuve n'a été donné : donnez la pile tirée de lodestone:stackevidence, ou plusieurs rasters sur une même grille.</translation>
        </message>
        <message>
            <source>The evidence raster '{}'</source>
            <translation>Le raster de preuve '{}'</translation>
        </message>
        <message>
            <source>The evidence rasters are in different CRSs ('{}' in {}, '{}' in {}): put them on one grid with lodestone:stackevidence first.</source>
            <translation>Les rasters de preuve sont dans des SCR différents ('{}' en {}, '{}' en {}) : ramenez-les d'abord sur une même grille avec lodestone:stackevidence.</translation>
        </message>
        <message>
            <source>Score raster</source>
            <translation>Raster de score</translation>
        </message>
        <message>
            <source>Validation points</source>
            <translation>Points de validation</translation>
        </message>
        <message>
            <source>Training points</source>
            <translation>Points d'entraînement</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Curve table</source>
            <translation>Table de la courbe</translation>
        </message>
        <message>
            <source>The score raster</source>
            <translation>Le raster de score</translation>
        </message>
        <message>
            <source>Prediction-rate AUC {:.3f} (95 % interval {:.3f}-{:.3f}); {} of the points in the top 10 % of the area.</source>
            <translation>AUC du taux de prédiction {:.3f} (intervalle à 95 % {:.3f}-{:.3f}) ; {} des points dans les 10 % les plus favorables de la superficie.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Any score raster (band 1), higher = more prospective, in a projected CRS.</source>
            <translation>Tout raster de score (bande 1), plus élevé = plus prometteur, dans un SCR projeté.</translation>
        </message>
        <message>
            <source>Known deposits not used to make the map (prediction-rate curve).</source>
            <translation>Gîtes connus qui n'ont pas servi à produire la carte (courbe de taux de prédiction).</translation>
        </message>
        <message>
            <source>Optional: the points the map was made from (success-rate curve, optimistic).</source>
            <translation>Facultatif : les points à partir desquels la carte a été produite (courbe de taux de succès, optimiste).</translation>
        </message>
        <message>
            <source>HTML page with the curves, the prediction-area plot and the numbers.</source>
            <translation>Page HTML avec les courbes, le graphique prédiction-superficie et les chiffres.</translation>
        </message>
        <message>
            <source>Table: one row per curve vertex (measure 'curve point') and one per summary number (AUC, its interval, capture at each share of area, the P-A crossing).</source>
            <translation>Table : une ligne par sommet de courbe (measure « curve point ») et une par chiffre de synthèse (AUC, son intervalle, capture à chaque part de superficie, croisement P-A).</translation>
        </message>
        <message>
            <source>Prediction-rate AUC</source>
            <translation>AUC de la courbe de taux de prédiction</translation>
        </message>
        <message>
            <source>AUC, lower end of the 95 % interval</source>
            <translation>AUC, borne inférieure de l'intervalle à 95 %</translation>
        </message>
        <message>
            <source>AUC, upper end of the 95 % interval</source>
            <translation>AUC, borne supérieure de l'intervalle à 95 %</translation>
        </message>
        <message>
            <source>Points captured in the top 10 % of the area (0-1)</source>
            <translation>Points captés dans les 10 % les plus favorables de la superficie (0 à 1)</translation>
        </message>
        <message>
            <source>Validate prospectivity</source>
            <translation>Valider la prospectivité</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Validate any score raster (higher = more prospective: a heat map, a weights-of-evidence posterior, a fuzzy overlay) against known deposits. POINTS should be deposits the map was not made from: they give the prediction-rate curve; optional TRAINING_POINTS give the success-rate curve. Cells are ranked by score and x is the share of the VALID area (nodata cells are not area), y the share of points captured; several points in one cell count once (reported). Reports AUC with a 95 % bootstrap interval, the share of points in the top 1/2/5/10/20 % of the area, and the prediction-area plot crossing (Yousefi &amp; Carranza 2015), as an HTML page and a table.</source>
            <translation>Valide n'importe quel raster de score (plus élevé = plus prometteur : carte de chaleur, probabilité a posteriori des poids de la preuve, superposition floue) à l'aide de gîtes connus. POINTS doivent être des gîtes qui n'ont pas servi à produire la carte : ils donnent la courbe de taux de prédiction ; les TRAINING_POINTS facultatifs donnent la courbe de taux de succès. Les cellules sont classées par score ; x est la part de la superficie VALIDE (les cellules sans données ne comptent pas), y la part des points captés ; plusieurs points dans une même cellule comptent une fois (signalé). Donne l'AUC avec un intervalle à 95 % par bootstrap, la part des points dans les 1/2/5/10/20 % les plus favorables de la superficie et le croisement du graphique prédiction-superficie (Yousefi et Carranza 2015), en page HTML et en table.</translation>
        </message>
    </context>
    <context>
        <name>TextureAlgorithm</name>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Cells are {:.2f} x {:.2f} m: distances in cells use the mean size.</source>
            <translation>Les cellules mesurent {:.2f} x {:.2f} m : les distances en cellules utilisent la taille moyenne.</translation>
        </message>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Window (m)</source>
            <translation>Fenêtre (m)</translation>
        </message>
        <message>
            <source>Texture</source>
            <translation>Texture</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>A magnetic grid (reduced to pole is best), north-up, projected CRS in metres.</source>
            <translation>Une grille magnétique (de préférence réduite au pôle), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Window width in metres; 0 = 5 cells.</source>
            <translation>Largeur de la fenêtre en mètres ; 0 = 5 cellules.</translation>
        </message>
        <message>
            <source>Moving-window standard deviation, in input units.</source>
            <translation>Écart type dans une fenêtre mobile, en unités d'entrée.</translation>
        </message>
        <message>
            <source>Texture (moving standard deviation)</source>
            <translation>Texture (écart type mobile)</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Standard deviation of the grid in a moving square window (the CET texture step): high where the field changes a lot over short distances, such as over dyke swarms and shear zones. WINDOW is the window width in metres (rounded to an odd number of cells, at least 3). Nodata cells are ignored in each window and stay nodata.</source>
            <translation>Écart type de la grille dans une fenêtre carrée mobile (l'étape de texture de la méthode CET) : élevé là où le champ varie beaucoup sur de courtes distances, comme au-dessus des essaims de dykes et des zones de cisaillement. WINDOW est la largeur de la fenêtre en mètres (arrondie à un nombre impair de cellules, au moins 3). Les cellules sans données sont ignorées dans chaque fenêtre et restent sans données.</translation>
        </message>
    </context>
    <context>
        <name>PhaseSymmetryAlgorithm</name>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Cells are {:.2f} x {:.2f} m: distances in cells use the mean size.</source>
            <translation>Les cellules mesurent {:.2f} x {:.2f} m : les distances en cellules utilisent la taille moyenne.</translation>
        </message>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Smallest wavelength (m)</source>
            <translation>Plus petite longueur d'onde (m)</translation>
        </message>
        <message>
            <source>Number of scales</source>
            <translation>Nombre d'échelles</translation>
        </message>
        <message>
            <source>Number of orientations</source>
            <translation>Nombre d'orientations</translation>
        </message>
        <message>
            <source>Scale multiplier</source>
            <translation>Facteur entre échelles</translation>
        </message>
        <message>
            <source>Noise threshold (k)</source>
            <translation>Seuil de bruit (k)</translation>
        </message>
        <message>
            <source>Polarity</source>
            <translation>Polarité</translation>
        </message>
        <message>
            <source>Combine orientations</source>
            <translation>Combinaison des orientations</translation>
        </message>
        <message>
            <source>Symmetry threshold</source>
            <translation>Seuil de symétrie</translation>
        </message>
        <message>
            <source>Ridges</source>
            <translation>Crêtes</translation>
        </message>
        <message>
            <source>Phase symmetry</source>
            <translation>Symétrie de phase</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>grille</translation>
        </message>
        <message>
            <source>Ridges: symmetry above {:.4g}</source>
            <translation>Crêtes : symétrie supérieure à {:.4g}</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>A magnetic grid (reduced to pole is best), north-up, projected CRS in metres.</source>
            <translation>Une grille magnétique (de préférence réduite au pôle), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Wavelength of the smallest filter in metres; 0 = 3 cells (Kovesi's default). Must be at least 2 cells.</source>
            <translation>Longueur d'onde du plus petit filtre en mètres ; 0 = 3 cellules (valeur par défaut de Kovesi). Au moins 2 cellules.</translation>
        </message>
        <message>
            <source>Number of filter scales; each is SCALE_MULTIPLIER times the previous (default 5).</source>
            <translation>Nombre d'échelles de filtres ; chacune vaut SCALE_MULTIPLIER fois la précédente (5 par défaut).</translation>
        </message>
        <message>
            <source>Number of filter orientations over 180 degrees (default 6).</source>
            <translation>Nombre d'orientations des filtres sur 180 degrés (6 par défaut).</translation>
        </message>
        <message>
            <source>Ratio between successive filter wavelengths (default 2.1).</source>
            <translation>Rapport entre les longueurs d'onde de filtres successifs (2,1 par défaut).</translation>
        </message>
        <message>
            <source>Noise threshold in standard deviations of the estimated noise: 2 for clean grids, 10-20 for noisy ones.</source>
            <translation>Seuil de bruit en écarts types du bruit estimé : 2 pour des grilles propres, 10 à 20 pour des grilles bruitées.</translation>
        </message>
        <message>
            <source>bright: ridges of highs (dykes); dark: troughs of lows (alteration, faults); both.</source>
            <translation>bright : crêtes de maximums (dykes) ; dark : creux de minimums (altération, failles) ; both : les deux.</translation>
        </message>
        <message>
            <source>sum: Kovesi's phase symmetry, summed over the filter orientations; where a strong line crosses a weak one it loses the weak line for several cells either side. best orientation: the larger of that sum and the symmetry of the single best orientation (where its filter response is at least a quarter of the grid's 99th percentile), which keeps the weak line through the crossing (see README).</source>
            <translation>somme : la symétrie de phase de Kovesi, sommée sur les orientations des filtres ; là où une ligne forte croise une ligne faible, la ligne faible est perdue sur plusieurs cellules de part et d'autre. meilleure orientation : la plus grande de cette somme et de la symétrie de la seule meilleure orientation (là où la réponse de son filtre atteint au moins le quart du 99e centile de la grille), ce qui garde la ligne faible à travers le croisement (voir le README).</translation>
        </message>
        <message>
            <source>Symmetry 0-1 (0 below the noise threshold).</source>
            <translation>Symétrie de 0 à 1 (0 sous le seuil de bruit).</translation>
        </message>
        <message>
            <source>Strike of the feature, degrees clockwise from north, 0-180.</source>
            <translation>Direction de l'élément, en degrés dans le sens horaire depuis le nord, de 0 à 180.</translation>
        </message>
        <message>
            <source>Cells with symmetry above this are ridges; 0 = automatic: 20 % of the grid's largest symmetry with the best-orientation combination, 1 % with the sum (see README).</source>
            <translation>Les cellules dont la symétrie dépasse cette valeur sont des crêtes ; 0 = automatique : 20 % de la plus forte symétrie de la grille avec la combinaison par meilleure orientation, 1 % avec la somme (voir le README).</translation>
        </message>
        <message>
            <source>Phase symmetry above THRESHOLD (0 below), nodata where the input is: the lineament ridges, as Extract lineaments makes them from the grid without normalisation.</source>
            <translation>Symétrie de phase au-dessus de THRESHOLD (0 en dessous), sans données là où l'entrée n'en a pas : les crêtes des linéaments, telles que Extraire les linéaments les produit à partir de la grille sans normalisation.</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Kovesi's phase symmetry (1997): a contrast-invariant measure (0-1) of how line-like the grid is at each cell, from a bank of log-Gabor filters, as in the CET Grid Analysis method (Holden et al. 2008). Run on an RTP grid it peaks on dyke axes (bright) or on linear lows (dark); run on a texture grid it peaks on the ridges flanking each dyke. ORIENTATION is the strike of the feature in degrees clockwise from north (0-180). Wavelengths are in metres. RIDGES is the symmetry above THRESHOLD, the raster Extract lineaments traces its lines on; on a grid above the tiled-path size it is made tile by tile, like the symmetry.</source>
            <translation>Symétrie de phase de Kovesi (1997) : mesure indépendante du contraste (0 à 1) du caractère linéaire de la grille en chaque cellule, tirée d'un banc de filtres log-Gabor, comme dans la méthode CET Grid Analysis (Holden et al. 2008). Sur une grille réduite au pôle, elle culmine sur l'axe des dykes (clairs) ou sur les minimums linéaires (sombres) ; sur une grille de texture, sur les crêtes qui bordent chaque dyke. ORIENTATION est la direction de l'élément en degrés dans le sens horaire depuis le nord (0 à 180). Les longueurs d'onde sont en mètres. RIDGES est la symétrie au-dessus de THRESHOLD, le raster sur lequel Extraire les linéaments trace ses lignes ; sur une grille au-delà du seuil du chemin par tuiles, il est calculé tuile par tuile, comme la symétrie.</translation>
        </message>
        <message>
            <source>Kovesi's phase symmetry (1997): a contrast-invariant measure (0-1) of how line-like the grid is at each cell, from a bank of log-Gabor filters, as in the CET Grid Analysis method (Holden et al. 2008). Run on an RTP grid it peaks on dyke axes (bright) or on linear lows (dark); run on a texture grid it peaks on the ridges flanking each dyke. ORIENTATION is the strike of the feature in degrees clockwise from north (0-180). Wavelengths are in metres.</source>
            <translation type="vanished">Symétrie de phase de Kovesi (1997) : mesure indépendante du contraste (0 à 1) du caractère linéaire de la grille en chaque cellule, tirée d'un banc de filtres log-Gabor, comme dans la méthode CET Grid Analysis (Holden et al. 2008). Sur une grille réduite au pôle, elle culmine sur l'axe des dykes (clairs) ou sur les minimums linéaires (sombres) ; sur une grille de texture, sur les crêtes qui bordent chaque dyke. ORIENTATION est la direction de l'élément en degrés dans le sens horaire depuis le nord (0 à 180). Les longueurs d'onde sont en mètres.</translation>
        </message>
    </context>
    <context>
        <name>ExtractLineamentsAlgorithm</name>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Cells are {:.2f} x {:.2f} m: distances in cells use the mean size.</source>
            <translation>Les cellules mesurent {:.2f} x {:.2f} m : les distances en cellules utilisent la taille moyenne.</translation>
        </message>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Smallest wavelength (m)</source>
            <translation>Plus petite longueur d'onde (m)</translation>
        </message>
        <message>
            <source>Number of scales</source>
            <translation>Nombre d'échelles</translation>
        </message>
        <message>
            <source>Number of orientations</source>
            <translation>Nombre d'orientations</translation>
        </message>
        <message>
            <source>Scale multiplier</source>
            <translation>Facteur entre échelles</translation>
        </message>
        <message>
            <source>Noise threshold (k)</source>
            <translation>Seuil de bruit (k)</translation>
        </message>
        <message>
            <source>Polarity</source>
            <translation>Polarité</translation>
        </message>
        <message>
            <source>Combine orientations</source>
            <translation>Combinaison des orientations</translation>
        </message>
        <message>
            <source>Symmetry threshold</source>
            <translation>Seuil de symétrie</translation>
        </message>
        <message>
            <source>Ridges</source>
            <translation>Crêtes</translation>
        </message>
        <message>
            <source>Texture step first</source>
            <translation>Calculer d'abord la texture</translation>
        </message>
        <message>
            <source>Texture window (m)</source>
            <translation>Fenêtre de texture (m)</translation>
        </message>
        <message>
            <source>Normalise amplitudes first</source>
            <translation>Normaliser d'abord les amplitudes</translation>
        </message>
        <message>
            <source>Minimum length (m)</source>
            <translation>Longueur minimale (m)</translation>
        </message>
        <message>
            <source>Gap bridging distance (m)</source>
            <translation>Distance de raccordement des lacunes (m)</translation>
        </message>
        <message>
            <source>Lineaments</source>
            <translation>Linéaments</translation>
        </message>
        <message>
            <source>Amplitudes not normalised: the normalisation applies to bright polarity only (with dark or both, the tilt's lows either side of every dyke would become lines).</source>
            <translation>Amplitudes non normalisées : la normalisation ne s'applique qu'à la polarité bright (avec dark ou both, les minimums du tilt de part et d'autre de chaque dyke deviendraient des lignes).</translation>
        </message>
        <message>
            <source>This grid ({:.0f} million cells) is above the tiled-path size, but lineaments are traced on the whole grid in memory, which may not fit. For a grid larger than memory, Phase symmetry with its Ridges output runs tile by tile.</source>
            <translation>Cette grille ({:.0f} millions de cellules) dépasse le seuil du chemin par tuiles, mais les linéaments sont tracés sur la grille entière en mémoire, qui peut ne pas suffire. Pour une grille plus grande que la mémoire, Symétrie de phase avec sa sortie Crêtes s'exécute tuile par tuile.</translation>
        </message>
        <message>
            <source>{} lineaments, {:.1f} km in all</source>
            <translation>{} linéaments, {:.1f} km au total</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>A magnetic grid (reduced to pole is best), north-up, projected CRS in metres.</source>
            <translation>Une grille magnétique (de préférence réduite au pôle), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Run phase symmetry on the texture (moving standard deviation) grid instead of the grid.</source>
            <translation>Calcule la symétrie de phase sur la grille de texture (écart type mobile) au lieu de la grille.</translation>
        </message>
        <message>
            <source>Texture window width in metres; 0 = 5 cells.</source>
            <translation>Largeur de la fenêtre de texture en mètres ; 0 = 5 cellules.</translation>
        </message>
        <message>
            <source>On (default): with bright polarity, detect on the noise-damped tilt derivative of the grid, so weak dykes beside or across strong ones are found as well as the strong ones; on real grids it also follows weak texture, as the tilt derivative does. Not applied with dark or both polarities (the tilt's lows either side of every dyke would become lines) nor with the texture step. Off: phase symmetry of the grid as given.</source>
            <translation>Activé (par défaut) : avec la polarité bright, détecter sur la dérivée tilt de la grille avec amortissement du bruit, de sorte que les dykes faibles à côté ou en travers des forts sont trouvés aussi bien que les forts ; sur des grilles réelles, elle suit aussi la texture faible, comme le fait la dérivée tilt. Non appliqué avec les polarités dark ou both (les minimums du tilt de part et d'autre de chaque dyke deviendraient des lignes) ni avec l'étape de texture. Désactivé : symétrie de phase de la grille telle quelle.</translation>
        </message>
        <message>
            <source>Wavelength of the smallest filter in metres; 0 = 3 cells (Kovesi's default). Must be at least 2 cells.</source>
            <translation>Longueur d'onde du plus petit filtre en mètres ; 0 = 3 cellules (valeur par défaut de Kovesi). Au moins 2 cellules.</translation>
        </message>
        <message>
            <source>Number of filter scales; each is SCALE_MULTIPLIER times the previous (default 5).</source>
            <translation>Nombre d'échelles de filtres ; chacune vaut SCALE_MULTIPLIER fois la précédente (5 par défaut).</translation>
        </message>
        <message>
            <source>Number of filter orientations over 180 degrees (default 6).</source>
            <translation>Nombre d'orientations des filtres sur 180 degrés (6 par défaut).</translation>
        </message>
        <message>
            <source>Ratio between successive filter wavelengths (default 2.1).</source>
            <translation>Rapport entre les longueurs d'onde de filtres successifs (2,1 par défaut).</translation>
        </message>
        <message>
            <source>Noise threshold in standard deviations of the estimated noise: 2 for clean grids, 10-20 for noisy ones.</source>
            <translation>Seuil de bruit en écarts types du bruit estimé : 2 pour des grilles propres, 10 à 20 pour des grilles bruitées.</translation>
        </message>
        <message>
            <source>bright: ridges of highs (dykes); dark: troughs of lows (alteration, faults); both.</source>
            <translation>bright : crêtes de maximums (dykes) ; dark : creux de minimums (altération, failles) ; both : les deux.</translation>
        </message>
        <message>
            <source>sum: Kovesi's phase symmetry, summed over the filter orientations; where a strong line crosses a weak one it loses the weak line for several cells either side. best orientation: the larger of that sum and the symmetry of the single best orientation (where its filter response is at least a quarter of the grid's 99th percentile), which keeps the weak line through the crossing (see README).</source>
            <translation>somme : la symétrie de phase de Kovesi, sommée sur les orientations des filtres ; là où une ligne forte croise une ligne faible, la ligne faible est perdue sur plusieurs cellules de part et d'autre. meilleure orientation : la plus grande de cette somme et de la symétrie de la seule meilleure orientation (là où la réponse de son filtre atteint au moins le quart du 99e centile de la grille), ce qui garde la ligne faible à travers le croisement (voir le README).</translation>
        </message>
        <message>
            <source>Cells with symmetry above this are ridges; 0 = automatic: 20 % of the grid's largest symmetry with the best-orientation combination, 1 % with the sum (see README).</source>
            <translation>Les cellules dont la symétrie dépasse cette valeur sont des crêtes ; 0 = automatique : 20 % de la plus forte symétrie de la grille avec la combinaison par meilleure orientation, 1 % avec la somme (voir le README).</translation>
        </message>
        <message>
            <source>Shorter lineaments are dropped; 0 = three times the smallest wavelength.</source>
            <translation>Les linéaments plus courts sont écartés ; 0 = trois fois la plus petite longueur d'onde.</translation>
        </message>
        <message>
            <source>Line ends are extended across gaps up to this length; 0 = 3 cells, or with the normalisation 10 cells and up to one filter wavelength of the line met.</source>
            <translation>Les extrémités des lignes sont prolongées à travers les lacunes jusqu'à cette longueur ; 0 = 3 cellules ou, avec la normalisation, 10 cellules et jusqu'à une longueur d'onde de filtre de la ligne rencontrée.</translation>
        </message>
        <message>
            <source>Lines with length_m, azimuth (0-180 from north), strength (0-1) and scale_m.</source>
            <translation>Lignes avec length_m, azimuth (0 à 180 depuis le nord), strength (0 à 1) et scale_m.</translation>
        </message>
        <message>
            <source>Phase symmetry above the threshold (0 below), the raster the lines were traced on.</source>
            <translation>Symétrie de phase au-dessus du seuil (0 en dessous), le raster sur lequel les lignes ont été tracées.</translation>
        </message>
        <message>
            <source>Extract lineaments</source>
            <translation>Extraire les linéaments</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>The whole CET chain from a grid to vector lineaments: optional amplitude normalisation (a noise-damped tilt derivative, so weak dykes beside strong ones are found) or texture step, phase symmetry, threshold (automatic by default), thinning to a skeleton, bridging of short gaps (so a weak line is not cut where it crosses a strong one), and tracing into lines split at junctions; ring-like lines (outlines of compact bodies) are dropped. Each line has length_m, azimuth (0-180 degrees from north), strength (mean symmetry) and scale_m (the wavelength that responded most). On an RTP grid with bright polarity the lines follow dyke axes; with the texture step they follow the ridges flanking each dyke.</source>
            <translation>La chaîne CET complète, d'une grille à des linéaments vectoriels : normalisation facultative des amplitudes (dérivée d'inclinaison amortie par le bruit, pour trouver les dykes faibles à côté des forts) ou étape de texture, symétrie de phase, seuil (automatique par défaut), squelettisation, pontage des courtes lacunes (une ligne faible n'est pas coupée là où elle croise une forte) et tracé en lignes coupées aux jonctions ; les lignes en anneau (contours de corps compacts) sont écartées. Chaque ligne porte length_m, azimuth (0-180 degrés depuis le nord), strength (symétrie moyenne) et scale_m (la longueur d'onde qui a le plus répondu). Sur une grille réduite au pôle en polarité claire, les lignes suivent les axes des dykes ; avec l'étape de texture, elles suivent les crêtes qui bordent chaque dyke.</translation>
        </message>
        <message>
            <source>Detect on the noise-damped tilt derivative of the grid rather than on the grid: weak dykes beside or across strong ones are found (best with bright polarity). On real grids it also traces much weak texture, and with dark polarity the tilt's lows either side of each dyke. Off (default): phase symmetry of the grid as given. Not used with the texture step.</source>
            <translation type="vanished">Détecter sur la dérivée d'inclinaison (tilt) amortie par le bruit plutôt que sur la grille : les dykes faibles à côté ou au travers des forts sont trouvés (de préférence en polarité claire). Sur des grilles réelles elle trace aussi beaucoup de texture faible et, en polarité sombre, les creux du tilt de part et d'autre de chaque dyke. Désactivé (défaut) : symétrie de phase de la grille telle quelle. Sans effet avec l'étape de texture.</translation>
        </message>
        <message>
            <source>Detect on the noise-damped tilt derivative of the grid rather than on the grid: weak lines beside or across strong ones are found, and quiet noisy areas stay quiet; but a compact body in quiet ground also grows spokes. Off (default): phase symmetry of the grid as given. Not used with the texture step.</source>
            <translation type="vanished">Détecter sur la dérivée d'inclinaison (tilt) amortie par le bruit plutôt que sur la grille : les linéaments faibles à côté ou au travers des forts sont trouvés et les zones calmes et bruitées restent calmes ; mais un corps compact en terrain calme fait aussi pousser des rayons. Désactivé (défaut) : symétrie de phase de la grille telle quelle. Sans effet avec l'étape de texture.</translation>
        </message>
        <message>
            <source>Line ends are extended across gaps up to this length; 0 = 10 cells with the normalisation, 3 cells without.</source>
            <translation type="vanished">Les extrémités des lignes sont prolongées à travers les lacunes jusqu'à cette longueur ; 0 = 10 cellules avec la normalisation, 3 sans.</translation>
        </message>
        <message>
            <source>Line ends are extended across gaps up to this length; 0 = 3 cells.</source>
            <translation type="vanished">Les extrémités de ligne sont prolongées par-dessus les lacunes jusqu'à cette longueur ; 0 = 3 cellules.</translation>
        </message>
        <message>
            <source>The whole CET chain from a grid to vector lineaments: optional texture step, phase symmetry, threshold (automatic by default), thinning to a skeleton, bridging of short gaps (so a weak line is not cut where it crosses a strong one), and tracing into lines split at junctions. Each line has length_m, azimuth (0-180 degrees from north), strength (mean symmetry) and scale_m (the wavelength that responded most). On an RTP grid with bright polarity the lines follow dyke axes; with the texture step they follow the ridges flanking each dyke.</source>
            <translation type="vanished">Toute la chaîne CET, d'une grille à des linéaments vectoriels : étape de texture facultative, symétrie de phase, seuil (automatique par défaut), amincissement en squelette, raccordement des courtes lacunes (pour qu'une ligne faible ne soit pas coupée là où elle croise une ligne forte) et tracé en lignes coupées aux jonctions. Chaque ligne porte length_m, azimuth (0 à 180 degrés depuis le nord), strength (symétrie moyenne) et scale_m (la longueur d'onde qui a le plus répondu). Sur une grille réduite au pôle en polarité claire, les lignes suivent l'axe des dykes ; avec l'étape de texture, elles suivent les crêtes qui bordent chaque dyke.</translation>
        </message>
        <message>
            <source>Cells with symmetry above this are ridges; 0 = automatic (see README).</source>
            <translation type="vanished">Les cellules de symétrie supérieure à ce seuil sont des crêtes ; 0 = automatique (voir le README).</translation>
        </message>
    </context>
    <context>
        <name>MagneticAnomaliesAlgorithm</name>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Cells are {:.2f} x {:.2f} m: distances in cells use the mean size.</source>
            <translation>Les cellules mesurent {:.2f} x {:.2f} m : les distances en cellules utilisent la taille moyenne.</translation>
        </message>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Regional wavelength (m)</source>
            <translation>Longueur d'onde régionale (m)</translation>
        </message>
        <message>
            <source>Threshold (nT)</source>
            <translation>Seuil (nT)</translation>
        </message>
        <message>
            <source>Minimum area (m²)</source>
            <translation>Superficie minimale (m²)</translation>
        </message>
        <message>
            <source>Corridors</source>
            <translation>Couloirs</translation>
        </message>
        <message>
            <source>Anomaly zones</source>
            <translation>Zones d'anomalies</translation>
        </message>
        <message>
            <source>The corridors are in {}, the grid in {}: reproject the corridors to the grid's CRS.</source>
            <translation>Les couloirs sont en {}, la grille en {} : reprojetez les couloirs dans le SCR de la grille.</translation>
        </message>
        <message>
            <source>{} highs, {} lows ({} inside corridors)</source>
            <translation>{} maximums, {} minimums ({} dans des couloirs)</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>A magnetic grid (reduced to pole is best), north-up, projected CRS in metres.</source>
            <translation>Une grille magnétique (de préférence réduite au pôle), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Wavelengths longer than this (m) are the regional field, removed before thresholding.</source>
            <translation>Les longueurs d'onde supérieures à cette valeur (m) forment le champ régional, retiré avant le seuillage.</translation>
        </message>
        <message>
            <source>Residual above +threshold is a high, below -threshold a low; 0 = automatic.</source>
            <translation>Un résiduel au-dessus de +seuil est un maximum, au-dessous de -seuil un minimum ; 0 = automatique.</translation>
        </message>
        <message>
            <source>Smaller zones are dropped; 0 = automatic (see README).</source>
            <translation>Les zones plus petites sont écartées ; 0 = automatique (voir le README).</translation>
        </message>
        <message>
            <source>Corridor polygons (e.g. from Trend corridors): lows inside them are flagged as possible alteration.</source>
            <translation>Polygones de couloirs (p. ex. tirés de Couloirs structuraux par direction) : les minimums qu'ils contiennent sont marqués comme altération possible.</translation>
        </message>
        <message>
            <source>Polygons with kind (high, low), area_m2, amplitude_nt, in_corridor, possible_alteration.</source>
            <translation>Polygones avec kind (high, low), area_m2, amplitude_nt, in_corridor, possible_alteration.</translation>
        </message>
        <message>
            <source>Magnetic anomaly zones</source>
            <translation>Zones d'anomalies magnétiques</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Residual magnetic highs and lows as polygons: the regional field (wavelengths longer than REGIONAL_WAVELENGTH metres, Gaussian low-pass) is removed, and connected areas above +THRESHOLD or below -THRESHOLD nT (automatic: a multiple of the residual's robust spread, see README) become polygons with area_m2 and amplitude_nt (peak residual). Lows inside a corridor polygon are flagged possible_alteration: magnetite destruction by carbonate-sericite alteration along a deformation corridor shows as such lows.</source>
            <translation>Maximums et minimums magnétiques résiduels en polygones : le champ régional (longueurs d'onde supérieures à REGIONAL_WAVELENGTH mètres, passe-bas gaussien) est retiré, et les zones connexes au-dessus de +THRESHOLD ou au-dessous de -THRESHOLD nT (automatique : un multiple de la dispersion robuste du résiduel, voir le README) deviennent des polygones avec area_m2 et amplitude_nt (résiduel extrême). Les minimums situés dans un polygone de couloir sont marqués possible_alteration : la destruction de la magnétite par une altération à carbonates-séricite le long d'un couloir de déformation se traduit par de tels minimums.</translation>
        </message>
    </context>
    <context>
        <name>StructuralComplexityAlgorithm</name>
        <message>
            <source>Lineaments</source>
            <translation>Linéaments</translation>
        </message>
        <message>
            <source>The lineament layer could not be read.</source>
            <translation>La couche des linéaments n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The lineament layer</source>
            <translation>La couche des linéaments</translation>
        </message>
        <message>
            <source>The lineament layer has no field '{}': it is not used.</source>
            <translation>La couche de linéaments n'a pas de champ '{}' : il n'est pas utilisé.</translation>
        </message>
        <message>
            <source>The lineament layer is empty: the outputs are empty too.</source>
            <translation>La couche des linéaments est vide : les résultats sont vides aussi.</translation>
        </message>
        <message>
            <source>Strength field</source>
            <translation>Champ de l'intensité</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>Grille de référence</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Smoothing sigma (m)</source>
            <translation>Sigma de lissage (m)</translation>
        </message>
        <message>
            <source>Snap distance (m)</source>
            <translation>Distance d'accrochage (m)</translation>
        </message>
        <message>
            <source>Orientation bins</source>
            <translation>Classes d'orientation</translation>
        </message>
        <message>
            <source>Junctions</source>
            <translation>Jonctions</translation>
        </message>
        <message>
            <source>{} contacts: {}</source>
            <translation>{} contacts : {}</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Line layer of lineaments in a projected CRS (from Extract lineaments or digitised).</source>
            <translation>Couche de lignes de linéaments dans un SCR projeté (tirés d'Extraire les linéaments ou numérisés).</translation>
        </message>
        <message>
            <source>Weights the orientation histogram (length x strength); empty = length only.</source>
            <translation>Pondère l'histogramme des orientations (longueur x intensité) ; vide = longueur seule.</translation>
        </message>
        <message>
            <source>The maps are made on this raster's grid; empty = CELL_SIZE over the lineaments.</source>
            <translation>Les cartes sont produites sur la grille de ce raster ; vide = CELL_SIZE sur l'emprise des linéaments.</translation>
        </message>
        <message>
            <source>Cell size of the maps when there is no reference grid.</source>
            <translation>Taille de cellule des cartes en l'absence de grille de référence.</translation>
        </message>
        <message>
            <source>Standard deviation of the Gaussian window, in metres.</source>
            <translation>Écart type de la fenêtre gaussienne, en mètres.</translation>
        </message>
        <message>
            <source>A line end this close to another line makes a splay (2-3 cells is usual).</source>
            <translation>Une extrémité de ligne à moins de cette distance d'une autre ligne forme un embranchement (2 à 3 cellules d'habitude).</translation>
        </message>
        <message>
            <source>Number of axial orientation bins over 180 degrees (12-18 is usual).</source>
            <translation>Nombre de classes d'orientation axiales sur 180 degrés (12 à 18 d'habitude).</translation>
        </message>
        <message>
            <source>Contact density</source>
            <translation>Densité de contacts</translation>
        </message>
        <message>
            <source>Junctions, crossings and splays per km².</source>
            <translation>Jonctions, croisements et embranchements par km².</translation>
        </message>
        <message>
            <source>Orientation entropy</source>
            <translation>Entropie des orientations</translation>
        </message>
        <message>
            <source>0-1; nodata where there is too little line.</source>
            <translation>De 0 à 1 ; sans données là où il y a trop peu de lignes.</translation>
        </message>
        <message>
            <source>Lineament density</source>
            <translation>Densité de linéaments</translation>
        </message>
        <message>
            <source>km of lineament per km².</source>
            <translation>km de linéament par km².</translation>
        </message>
        <message>
            <source>Structural complexity</source>
            <translation>Complexité structurale</translation>
        </message>
        <message>
            <source>0-1 heat map (see README for the combination).</source>
            <translation>Carte de chaleur de 0 à 1 (voir le README pour la combinaison).</translation>
        </message>
        <message>
            <source>Contact points with kind junction, crossing or splay.</source>
            <translation>Points de contact de type jonction, croisement ou embranchement.</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>CET-style structural complexity heat maps from lineaments (Holden et al. 2012): contact occurrence density (junctions, crossings and splays per km², Gaussian of SIGMA metres), orientation entropy (0 = one trend, 1 = all trends equally, in a Gaussian window; nodata where there is too little line), lineament density (km of line per km²) and their combination into a 0-1 complexity map (see README). Junction points are typed junction, crossing or splay; line ends within SNAP_DISTANCE of another line count as splays, which also bridges small gaps.</source>
            <translation>Cartes de chaleur de complexité structurale de type CET tirées des linéaments (Holden et al. 2012) : densité de contacts (jonctions, croisements et embranchements par km², gaussienne de SIGMA mètres), entropie des orientations (0 = une seule direction, 1 = toutes les directions à parts égales, dans une fenêtre gaussienne ; sans données là où il y a trop peu de lignes), densité de linéaments (km de ligne par km²) et leur combinaison en une carte de complexité de 0 à 1 (voir le README). Les points de jonction sont typés jonction, croisement ou embranchement ; les extrémités de ligne à moins de SNAP_DISTANCE d'une autre ligne comptent comme embranchements, ce qui raccorde aussi les petites lacunes.</translation>
        </message>
    </context>
    <context>
        <name>TrendCorridorsAlgorithm</name>
        <message>
            <source>Lineaments</source>
            <translation>Linéaments</translation>
        </message>
        <message>
            <source>The lineament layer could not be read.</source>
            <translation>La couche des linéaments n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The lineament layer</source>
            <translation>La couche des linéaments</translation>
        </message>
        <message>
            <source>The lineament layer has no field '{}': it is not used.</source>
            <translation>La couche de linéaments n'a pas de champ '{}' : il n'est pas utilisé.</translation>
        </message>
        <message>
            <source>The lineament layer is empty: the outputs are empty too.</source>
            <translation>La couche des linéaments est vide : les résultats sont vides aussi.</translation>
        </message>
        <message>
            <source>Azimuth from (deg)</source>
            <translation>Azimut de (degrés)</translation>
        </message>
        <message>
            <source>Azimuth to (deg)</source>
            <translation>Azimut à (degrés)</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Smoothing sigma (m)</source>
            <translation>Sigma de lissage (m)</translation>
        </message>
        <message>
            <source>Minimum strike length (m)</source>
            <translation>Longueur minimale selon la direction (m)</translation>
        </message>
        <message>
            <source>Largest gap joined (m)</source>
            <translation>Plus grand écart comblé (m)</translation>
        </message>
        <message>
            <source>Corridors</source>
            <translation>Couloirs</translation>
        </message>
        <message>
            <source>{} corridors</source>
            <translation>{} couloirs</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Line layer of lineaments in a projected CRS (from Extract lineaments or digitised).</source>
            <translation>Couche de lignes de linéaments dans un SCR projeté (tirés d'Extraire les linéaments ou numérisés).</translation>
        </message>
        <message>
            <source>Lower end of the trend, degrees clockwise from north (0-180).</source>
            <translation>Borne inférieure de la direction, en degrés dans le sens horaire depuis le nord (0 à 180).</translation>
        </message>
        <message>
            <source>Upper end of the trend; smaller than the lower end to wrap through north.</source>
            <translation>Borne supérieure de la direction ; plus petite que la borne inférieure pour passer par le nord.</translation>
        </message>
        <message>
            <source>Cell size of the density map the corridors are traced on.</source>
            <translation>Taille de cellule de la carte de densité sur laquelle les couloirs sont tracés.</translation>
        </message>
        <message>
            <source>Gaussian smoothing of the trend density in metres; 0 = automatic (see README).</source>
            <translation>Lissage gaussien de la densité de la direction, en mètres ; 0 = automatique (voir le README).</translation>
        </message>
        <message>
            <source>Corridors shorter than this along strike are dropped.</source>
            <translation>Les couloirs plus courts que cette longueur selon leur direction sont écartés.</translation>
        </message>
        <message>
            <source>Pieces of a corridor that follow each other along the trend with a gap of at most this many metres between them (measured along the trend) are joined into one corridor, as where a dyke or a magnetic body crosses it; the join never widens it across the trend. 0 joins nothing.</source>
            <translation>Les tronçons d'un couloir qui se suivent selon la direction avec un écart d'au plus ce nombre de mètres entre eux (mesuré selon la direction) sont réunis en un seul couloir, comme là où un dyke ou un corps magnétique le recoupe ; la jonction ne l'élargit jamais en travers de la direction. 0 ne réunit rien.</translation>
        </message>
        <message>
            <source>Corridor polygons with strike_length_m, width_m and azimuth.</source>
            <translation>Polygones de couloirs avec strike_length_m, width_m et azimuth.</translation>
        </message>
        <message>
            <source>Trend corridors</source>
            <translation>Couloirs structuraux par direction</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Corridors of one structural trend: the lineaments whose azimuth lies between AZIMUTH_MIN and AZIMUTH_MAX (degrees from north, 0-180; a range such as 170-10 wraps through north) are turned into a length-density map, which is thresholded into regions and traced as polygons with their strike length, width (m) and azimuth. A NE deformation corridor is found with 30-70.</source>
            <translation>Couloirs d'une direction structurale : les linéaments dont l'azimut est compris entre AZIMUTH_MIN et AZIMUTH_MAX (degrés depuis le nord, 0 à 180 ; un intervalle comme 170-10 passe par le nord) sont convertis en carte de densité de longueur, seuillée en régions tracées en polygones avec leur longueur selon la direction, leur largeur (m) et leur azimut. Un couloir de déformation NE se trouve avec 30-70.</translation>
        </message>
        <message>
            <source>Corridors of one structural trend: the lineaments whose azimuth lies between AZIMUTH_MIN and AZIMUTH_MAX (degrees from north, 0-180; a range such as 170-10 wraps through north) are turned into a length-density map, which is thresholded into regions and traced as polygons with their strike length, width (m) and azimuth. Collinear pieces up to MAX_GAP metres apart along the trend are one corridor. A NE deformation corridor is found with 30-70.</source>
            <translation type="vanished" />
        </message>
    </context>
    <context>
        <name>LineamentStatisticsAlgorithm</name>
        <message>
            <source>Lineaments</source>
            <translation>Linéaments</translation>
        </message>
        <message>
            <source>The lineament layer could not be read.</source>
            <translation>La couche des linéaments n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>The lineament layer</source>
            <translation>La couche des linéaments</translation>
        </message>
        <message>
            <source>The lineament layer has no field '{}': it is not used.</source>
            <translation>La couche de linéaments n'a pas de champ '{}' : il n'est pas utilisé.</translation>
        </message>
        <message>
            <source>The lineament layer is empty: the outputs are empty too.</source>
            <translation>La couche des linéaments est vide : les résultats sont vides aussi.</translation>
        </message>
        <message>
            <source>Azimuth bins</source>
            <translation>Classes d'azimut</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Azimuth table</source>
            <translation>Table des azimuts</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Line layer of lineaments in a projected CRS (from Extract lineaments or digitised).</source>
            <translation>Couche de lignes de linéaments dans un SCR projeté (tirés d'Extraire les linéaments ou numérisés).</translation>
        </message>
        <message>
            <source>Number of azimuth bins over 180 degrees (18 = 10-degree bins).</source>
            <translation>Nombre de classes d'azimut sur 180 degrés (18 = classes de 10 degrés).</translation>
        </message>
        <message>
            <source>HTML page with the rose diagram and histogram.</source>
            <translation>Page HTML avec la rosace et l'histogramme.</translation>
        </message>
        <message>
            <source>Table with azimuth_from, azimuth_to, count, length_km and percent per bin.</source>
            <translation>Table avec azimuth_from, azimuth_to, count, length_km et percent par classe.</translation>
        </message>
        <message>
            <source>Lineament statistics (rose diagram)</source>
            <translation>Statistiques des linéaments (rosace)</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>A rose diagram and a length-weighted azimuth histogram of the lineaments (axial, 0-180 degrees from north), as an HTML page that opens in the Processing results viewer, and the same figures as a table: for each azimuth bin the number of lines, their total length (km) and its share.</source>
            <translation>Une rosace et un histogramme des azimuts pondéré par la longueur des linéaments (axial, 0 à 180 degrés depuis le nord), en page HTML qui s'ouvre dans la visionneuse de résultats de Processing, et les mêmes chiffres en table : pour chaque classe d'azimut, le nombre de lignes, leur longueur totale (km) et sa part.</translation>
        </message>
    </context>
    <context>
        <name>ExtractTargetsAlgorithm</name>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Incertitude</translation>
        </message>
        <message>
            <source>Area fraction</source>
            <translation>Fraction de la superficie</translation>
        </message>
        <message>
            <source>Score threshold</source>
            <translation>Seuil de score</translation>
        </message>
        <message>
            <source>Minimum area (ha)</source>
            <translation>Superficie minimale (ha)</translation>
        </message>
        <message>
            <source>Minimum prominence (score)</source>
            <translation>Proéminence minimale (score)</translation>
        </message>
        <message>
            <source>Drill holes</source>
            <translation>Forages</translation>
        </message>
        <message>
            <source>Tested depth</source>
            <translation>Profondeur testée</translation>
        </message>
        <message>
            <source>Rank by</source>
            <translation>Classer selon</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Cibles</translation>
        </message>
        <message>
            <source>Threshold used</source>
            <translation>Seuil utilisé</translation>
        </message>
        <message>
            <source>The {} raster is in {}, the prospectivity in {}: reproject it to the prospectivity's CRS (Raster &gt; Projections &gt; Warp).</source>
            <translation>Le raster {} est en {}, la prospectivité en {} : reprojetez-le dans le SCR de la prospectivité (Raster &gt; Projections &gt; Projection (warp)).</translation>
        </message>
        <message>
            <source>The prospectivity raster</source>
            <translation>Le raster de prospectivité</translation>
        </message>
        <message>
            <source>uncertainty</source>
            <translation>incertitude</translation>
        </message>
        <message>
            <source>tested depth</source>
            <translation>profondeur testée</translation>
        </message>
        <message>
            <source>Threshold {:.6g}: {} targets, {:.1f} ha in all.</source>
            <translation>Seuil {:.6g} : {} cibles, {:.1f} ha au total.</translation>
        </message>
        <message>
            <source>  {}: {:.1f} ha, mean {:.3g}, peak {:.3g}</source>
            <translation>  {} : {:.1f} ha, moyenne {:.3g}, maximum {:.3g}</translation>
        </message>
        <message>
            <source>No region reaches the minimum area: lower MIN_AREA or the threshold, or raise AREA_FRACTION.</source>
            <translation>Aucune région n'atteint la superficie minimale : abaissez MIN_AREA ou le seuil, ou augmentez AREA_FRACTION.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>A score raster, higher = more prospective (model probability, WofE posterior, fuzzy favourability), in a projected CRS.</source>
            <translation>Un raster de score, plus élevé = plus prometteur (probabilité d'un modèle, probabilité a posteriori des poids de la preuve, favorabilité floue), dans un SCR projeté.</translation>
        </message>
        <message>
            <source>Optional uncertainty raster (same CRS) averaged over each target.</source>
            <translation>Raster d'incertitude facultatif (même SCR), moyenné sur chaque cible.</translation>
        </message>
        <message>
            <source>Fraction of the valid area kept as targets (0.05 = the best 5 %), read off the capture curve of the validation report.</source>
            <translation>Fraction de la superficie valide conservée comme cibles (0,05 = les meilleurs 5 %), lue sur la courbe de capture du rapport de validation.</translation>
        </message>
        <message>
            <source>Optional: keep cells with a score at or above this instead of the area fraction.</source>
            <translation>Facultatif : conserver les cellules de score égal ou supérieur à cette valeur au lieu de la fraction de la superficie.</translation>
        </message>
        <message>
            <source>Smaller regions are dropped; smaller pieces split off a region join their neighbour (hectares).</source>
            <translation>Les régions plus petites sont écartées ; les morceaux plus petits détachés d'une région rejoignent leur voisin (hectares).</translation>
        </message>
        <message>
            <source>Split a region where two highs are joined by a lower ridge: a high becomes its own target when it rises at least this much (score units) above the highest saddle joining it to a higher high. 0 = one target per region; raise it to ignore small bumps.</source>
            <translation>Découpe une région où deux hauts sont reliés par une crête plus basse : un haut devient une cible à part entière lorsqu'il s'élève d'au moins cette valeur (en unités de score) au-dessus du col le plus haut qui le relie à un haut plus élevé. 0 = une cible par région ; augmentez-la pour ignorer les petites bosses.</translation>
        </message>
        <message>
            <source>Optional collars (points) or traces (lines, their vertices are used): nearest_hole_m is the distance from each target to the nearest one.</source>
            <translation>Collets (points) ou tracés (lignes, dont les sommets sont utilisés) facultatifs : nearest_hole_m est la distance de chaque cible au plus proche.</translation>
        </message>
        <message>
            <source>Optional raster of the depth (m) already tested by drilling; nodata or 0 = untested.</source>
            <translation>Raster facultatif de la profondeur (m) déjà testée par forage ; sans données ou 0 = non testée.</translation>
        </message>
        <message>
            <source>Score mass (mean score x area) prefers large strong targets; peak or mean score rank on strength alone.</source>
            <translation>La masse de score (score moyen x superficie) privilégie les grandes cibles fortes ; le score maximal ou moyen classe selon la seule force.</translation>
        </message>
        <message>
            <source>Target polygons: rank, name, area_ha, mean_score, max_score, mean_uncertainty, nearest_hole_m, tested_depth_m.</source>
            <translation>Polygones des cibles : rank, name, area_ha, mean_score, max_score, mean_uncertainty, nearest_hole_m, tested_depth_m.</translation>
        </message>
        <message>
            <source>Extract targets</source>
            <translation>Extraire les cibles</translation>
        </message>
        <message>
            <source>Drill targets from a prospectivity map: the best AREA_FRACTION of the valid area (nodata is not area), or every cell at or above THRESHOLD, is grouped into connected regions (diagonal neighbours join). A region holding several distinct highs is split along the valleys between them: a high becomes its own target when it rises at least MIN_PROMINENCE (score units; 0 = no split) above the highest saddle joining it to a higher high (topographic prominence). Split pieces under MIN_AREA hectares join their neighbour; whole regions under it are dropped. Each target is a polygon following the cells, ranked 1..n best first by score mass (mean score x area) unless chosen otherwise, with area_ha, mean_score, max_score, mean_uncertainty, nearest_hole_m (distance to the nearest drill-hole point, 0 inside), tested_depth_m (deepest tested depth inside, 0 = untested) and a name to edit. Values that cannot be known (no uncertainty, holes or tested depth given) are empty.</source>
            <translation>Cibles de forage tirées d'une carte de prospectivité : la meilleure fraction AREA_FRACTION de la superficie valide (les zones sans données ne comptent pas), ou toutes les cellules à THRESHOLD ou au-dessus, sont regroupées en régions connexes (les voisines en diagonale se joignent). Une région qui contient plusieurs hauts distincts est découpée le long des vallées entre eux : un haut devient une cible à part entière lorsqu'il s'élève d'au moins MIN_PROMINENCE (en unités de score ; 0 = pas de découpe) au-dessus du col le plus haut qui le relie à un haut plus élevé (proéminence topographique). Les morceaux découpés de moins de MIN_AREA hectares rejoignent leur voisin ; les régions entières plus petites sont écartées. Chaque cible est un polygone qui suit les cellules, classé de 1 à n, la meilleure d'abord, selon la masse de score (score moyen x superficie) sauf autre choix, avec area_ha, mean_score, max_score, mean_uncertainty, nearest_hole_m (distance au forage le plus proche, 0 à l'intérieur), tested_depth_m (plus grande profondeur testée à l'intérieur, 0 = non testée) et un nom à modifier. Les valeurs inconnaissables (incertitude, forages ou profondeur testée non fournis) sont vides.</translation>
        </message>
        <message>
            <source>Smaller regions are dropped (hectares).</source>
            <translation type="vanished">Les régions plus petites sont écartées (hectares).</translation>
        </message>
        <message>
            <source>Drill targets from a prospectivity map: the best AREA_FRACTION of the valid area (nodata is not area), or every cell at or above THRESHOLD, is grouped into connected regions (diagonal neighbours join); regions under MIN_AREA hectares are dropped. Each target is a polygon following the cells, ranked 1..n best first by score mass (mean score x area) unless chosen otherwise, with area_ha, mean_score, max_score, mean_uncertainty, nearest_hole_m (distance to the nearest drill-hole point, 0 inside), tested_depth_m (deepest tested depth inside, 0 = untested) and a name to edit. Values that cannot be known (no uncertainty, holes or tested depth given) are empty.</source>
            <translation type="vanished">Cibles de forage tirées d'une carte de prospectivité : la meilleure fraction AREA_FRACTION de la superficie valide (les zones sans données ne comptent pas), ou toutes les cellules à THRESHOLD ou au-dessus, sont regroupées en régions connexes (les voisines en diagonale se joignent) ; les régions de moins de MIN_AREA hectares sont écartées. Chaque cible est un polygone qui suit les cellules, classé de 1 à n, la meilleure d'abord, selon la masse de score (score moyen x superficie) sauf autre choix, avec area_ha, mean_score, max_score, mean_uncertainty, nearest_hole_m (distance au forage le plus proche, 0 à l'intérieur), tested_depth_m (plus grande profondeur testée à l'intérieur, 0 = non testée) et un nom à modifier. Les valeurs inconnaissables (incertitude, forages ou profondeur testée non fournis) sont vides.</translation>
        </message>
    </context>
    <context>
        <name>ReduceToPoleAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Field inclination (deg)</source>
            <translation>Inclinaison du champ (degrés)</translation>
        </message>
        <message>
            <source>Field declination (deg)</source>
            <translation>Déclinaison du champ (degrés)</translation>
        </message>
        <message>
            <source>Magnetisation inclination (deg)</source>
            <translation>Inclinaison de l'aimantation (degrés)</translation>
        </message>
        <message>
            <source>Magnetisation declination (deg)</source>
            <translation>Déclinaison de l'aimantation (degrés)</translation>
        </message>
        <message>
            <source>Low-latitude stabilisation</source>
            <translation>Stabilisation aux basses latitudes</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Main-field inclination in degrees, positive downward (use IGRF main field).</source>
            <translation>Inclinaison du champ principal en degrés, positive vers le bas (utilisez Champ principal IGRF).</translation>
        </message>
        <message>
            <source>Main-field declination in degrees, clockwise from geographic north.</source>
            <translation>Déclinaison du champ principal en degrés, dans le sens horaire depuis le nord géographique.</translation>
        </message>
        <message>
            <source>Remanent (total) magnetisation inclination; empty = induced (same as the field).</source>
            <translation>Inclinaison de l'aimantation rémanente (totale) ; vide = induite (identique au champ).</translation>
        </message>
        <message>
            <source>Remanent (total) magnetisation declination; empty = induced (same as the field).</source>
            <translation>Déclinaison de l'aimantation rémanente (totale) ; vide = induite (identique au champ).</translation>
        </message>
        <message>
            <source>auto: stabilise when the field or magnetisation inclination is shallow (see README); none: plain Baranov operator; stabilised: always.</source>
            <translation>auto : stabiliser quand l'inclinaison du champ ou de l'aimantation est faible (voir le README) ; none : opérateur de Baranov simple ; stabilised : toujours.</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Reduced to pole</source>
            <translation>Réduit au pôle</translation>
        </message>
        <message>
            <source>The grid reduced to the pole (same units as the input).</source>
            <translation>La grille réduite au pôle (mêmes unités que l'entrée).</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Reduce to pole</source>
            <translation>Réduction au pôle</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Reduction to the pole (Baranov 1957; Blakely 1995 eq. 12.31): moves anomalies over their sources as if the field and magnetisation were vertical. Give the main-field inclination and declination (IGRF main field); give a separate magnetisation direction for remanent bodies. At low inclinations the operator is stabilised so noise is not amplified along the declination. Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>Réduction au pôle (Baranov 1957 ; Blakely 1995, éq. 12.31) : ramène les anomalies à l'aplomb de leurs sources comme si le champ et l'aimantation étaient verticaux. Indiquez l'inclinaison et la déclinaison du champ principal (Champ principal IGRF) ; donnez une direction d'aimantation distincte pour les corps à aimantation rémanente. Aux basses inclinaisons, l'opérateur est stabilisé pour ne pas amplifier le bruit selon la déclinaison. Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>UpwardContinuationAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Height (m)</source>
            <translation>Hauteur (m)</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Continuation height in metres above the survey level.</source>
            <translation>Hauteur de prolongement en mètres au-dessus du niveau du levé.</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Upward continued</source>
            <translation>Prolongé vers le haut</translation>
        </message>
        <message>
            <source>The upward-continued grid.</source>
            <translation>La grille prolongée vers le haut.</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Upward continuation</source>
            <translation>Prolongement vers le haut</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>The field as it would be measured HEIGHT metres higher: multiplies the spectrum by exp(-|k| h). Smooths out shallow, short-wavelength sources. Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>Le champ tel qu'il serait mesuré HEIGHT mètres plus haut : multiplie le spectre par exp(-|k| h). Atténue les sources peu profondes de courte longueur d'onde. Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>VerticalDerivativeAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Order of the derivative; 1 = first vertical derivative, 0.5 = half, 2 = second.</source>
            <translation>Ordre de la dérivée ; 1 = dérivée verticale première, 0,5 = demi-dérivée, 2 = seconde.</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Vertical derivative</source>
            <translation>Dérivée verticale</translation>
        </message>
        <message>
            <source>The vertical derivative grid (downward positive).</source>
            <translation>La grille de dérivée verticale (positive vers le bas).</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>n-th vertical derivative (downward positive) by multiplying the spectrum by |k|^n; fractional orders (e.g. 0.5) are allowed. Units: input units per metre^n (nT/m for the first). Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>Dérivée verticale d'ordre n (positive vers le bas) obtenue en multipliant le spectre par |k|^n ; les ordres fractionnaires (p. ex. 0,5) sont permis. Unités : unités d'entrée par mètre^n (nT/m pour la première). Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>HorizontalDerivativeAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>x = d/d(east), y = d/d(north), total = sqrt(x² + y²).</source>
            <translation>x = d/d(est), y = d/d(nord), total = sqrt(x² + y²).</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Horizontal derivative</source>
            <translation>Dérivée horizontale</translation>
        </message>
        <message>
            <source>The horizontal derivative grid.</source>
            <translation>La grille de dérivée horizontale.</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Horizontal derivative towards the east (x), the north (y), or the total horizontal derivative THDR = sqrt(Tx² + Ty²), whose maxima sit over the edges of sources in an RTP grid. Units: input units per metre. Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>Dérivée horizontale vers l'est (x), vers le nord (y), ou dérivée horizontale totale THDR = sqrt(Tx² + Ty²), dont les maximums se placent sur les bords des sources dans une grille réduite au pôle. Unités : unités d'entrée par mètre. Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>TiltDerivativeAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Tilt derivative</source>
            <translation>Dérivée tilt (angle d'inclinaison)</translation>
        </message>
        <message>
            <source>Tilt angle in degrees, -90 to 90.</source>
            <translation>Angle de tilt en degrés, de -90 à 90.</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Tilt angle (Miller &amp; Singh 1994) in degrees: atan2(dT/dz, THDR) with dT/dz positive downward, so the tilt is positive over the source of an RTP high and crosses zero near its edges. (Harmonica's tilt_angle uses an upward derivative and has the opposite sign.) Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>Angle de tilt (Miller et Singh 1994) en degrés : atan2(dT/dz, THDR), dT/dz étant positive vers le bas, de sorte que le tilt est positif au-dessus de la source d'un maximum de la grille réduite au pôle et passe par zéro près de ses bords. (La fonction tilt_angle de Harmonica utilise une dérivée vers le haut et a le signe opposé.) Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>AnalyticSignalAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Analytic signal</source>
            <translation>Signal analytique</translation>
        </message>
        <message>
            <source>Analytic signal amplitude (nT/m for a nT grid).</source>
            <translation>Amplitude du signal analytique (nT/m pour une grille en nT).</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Analytic signal amplitude (total gradient) sqrt(Tx² + Ty² + Tz²) in input units per metre; largely independent of the magnetisation direction, so useful where remanence or low latitude make RTP doubtful. Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>Amplitude du signal analytique (gradient total) sqrt(Tx² + Ty² + Tz²) en unités d'entrée par mètre ; largement indépendante de la direction d'aimantation, donc utile là où la rémanence ou une basse latitude rendent la réduction au pôle douteuse. Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>RegionalResidualAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Regional cutoff wavelength (m)</source>
            <translation>Longueur d'onde de coupure régionale (m)</translation>
        </message>
        <message>
            <source>Short cutoff wavelength (m)</source>
            <translation>Longueur d'onde de coupure courte (m)</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>Butterworth order</source>
            <translation>Ordre du filtre de Butterworth</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Régional</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Wavelengths longer than this (m) form the regional field.</source>
            <translation>Les longueurs d'onde supérieures à cette valeur (m) forment le champ régional.</translation>
        </message>
        <message>
            <source>If above zero, wavelengths shorter than this (m) are removed from the residual too (band-pass).</source>
            <translation>Si elle est supérieure à zéro, les longueurs d'onde plus courtes que cette valeur (m) sont aussi retirées du résiduel (passe-bande).</translation>
        </message>
        <message>
            <source>Shape of the low-pass filter.</source>
            <translation>Forme du filtre passe-bas.</translation>
        </message>
        <message>
            <source>Steepness of the Butterworth filter.</source>
            <translation>Raideur du filtre de Butterworth.</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>Résiduel</translation>
        </message>
        <message>
            <source>Residual (or band-passed) grid.</source>
            <translation>Grille résiduelle (ou filtrée passe-bande).</translation>
        </message>
        <message>
            <source>The regional (low-pass) grid.</source>
            <translation>La grille régionale (passe-bas).</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Regional-residual separation</source>
            <translation>Séparation régional-résiduel</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Separates the regional field (wavelengths longer than the cutoff, in metres) from the residual (input minus regional), with a Gaussian or Butterworth low-pass. With a short cutoff as well, the output is the band between the two wavelengths. Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>Sépare le champ régional (longueurs d'onde supérieures à la coupure, en mètres) du résiduel (entrée moins régional), avec un filtre passe-bas gaussien ou de Butterworth. Avec aussi une coupure courte, le résultat est la bande comprise entre les deux longueurs d'onde. Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>MagneticTransformsAlgorithm</name>
        <message>
            <source>Input grid</source>
            <translation>Grille d'entrée</translation>
        </message>
        <message>
            <source>Padding fraction</source>
            <translation>Fraction de bordure (padding)</translation>
        </message>
        <message>
            <source>Edge mask</source>
            <translation>Masque de bordure</translation>
        </message>
        <message>
            <source>The input grid</source>
            <translation>La grille d'entrée</translation>
        </message>
        <message>
            <source>Field inclination (deg)</source>
            <translation>Inclinaison du champ (degrés)</translation>
        </message>
        <message>
            <source>Field declination (deg)</source>
            <translation>Déclinaison du champ (degrés)</translation>
        </message>
        <message>
            <source>Magnetisation inclination (deg)</source>
            <translation>Inclinaison de l'aimantation (degrés)</translation>
        </message>
        <message>
            <source>Magnetisation declination (deg)</source>
            <translation>Déclinaison de l'aimantation (degrés)</translation>
        </message>
        <message>
            <source>Low-latitude stabilisation</source>
            <translation>Stabilisation aux basses latitudes</translation>
        </message>
        <message>
            <source>Upward continuation height (m)</source>
            <translation>Hauteur de prolongement vers le haut (m)</translation>
        </message>
        <message>
            <source>Vertical derivative order</source>
            <translation>Ordre de la dérivée verticale</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>grille</translation>
        </message>
        <message>
            <source>The edge mask is not made on the tiled path; run Edge mask on the outputs if you need it.</source>
            <translation>Le masque de bord n'est pas calculé sur le chemin par tuiles ; lancez Masque de bord sur les sorties s'il le faut.</translation>
        </message>
        <message>
            <source>Choose at least one output grid.</source>
            <translation>Choisissez au moins une grille en sortie.</translation>
        </message>
        <message>
            <source>This algorithm needs {}. Install it, then restart QGIS.</source>
            <translation>Cet algorithme a besoin de {}. Installez-le, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <source>Out of memory: use a larger cell size or a smaller extent.</source>
            <translation>Mémoire insuffisante : prenez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <source>Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that caused it.</source>
            <translation>Lodestone a échoué de façon inattendue ({} : {}). Rien n'a été écrit. Merci de le signaler avec les données qui l'ont provoqué.</translation>
        </message>
        <message>
            <source>{} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) to the projected CRS it is in.</source>
            <translation>{} n'a pas de système de coordonnées de référence. Indiquez son SCR (Propriétés de la couche &gt; Source), soit le SCR projeté dans lequel il se trouve.</translation>
        </message>
        <message>
            <source>{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected CRS first, for example the UTM zone of the survey (Raster &gt; Projections &gt; Warp for a grid, Vector &gt; Data Management Tools &gt; Reproject Layer for points), then run this tool on the result.</source>
            <translation>{} est dans un SCR géographique ({}, en degrés), mais cet outil travaille en mètres. Reprojetez-le d'abord dans un SCR projeté, par exemple la zone UTM du levé (Raster &gt; Projections &gt; Projection (warp) pour une grille, Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche pour des points), puis exécutez cet outil sur le résultat.</translation>
        </message>
        <message>
            <source>A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.</source>
            <translation>Une grille de cette taille est écrite tuile par tuile, en GeoTIFF seulement : enregistrez {} en .tif.</translation>
        </message>
        <message>
            <source>{} x {} {}</source>
            <translation>{} x {} {}</translation>
        </message>
        <message>
            <source>No reference raster was given, or it could not be loaded.</source>
            <translation>Aucun raster de référence n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open the raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>No input raster was given, or it could not be loaded.</source>
            <translation>Aucun raster d'entrée n'a été donné, ou il n'a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Cannot open raster '{}'. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster '{}'. Vérifiez que le fichier existe et que c'est un raster lisible par GDAL.</translation>
        </message>
        <message>
            <source>Cannot write the raster '{}': check the folder exists and is writable.</source>
            <translation>Impossible d'écrire le raster '{}' : vérifiez que le dossier existe et qu'il est accessible en écriture.</translation>
        </message>
        <message>
            <source>Writing the raster '{}' failed: check the disk has space.</source>
            <translation>L'écriture du raster '{}' a échoué : vérifiez qu'il reste de l'espace sur le disque.</translation>
        </message>
        <message>
            <source>'{}' has no field '{}'.</source>
            <translation>'{}' n'a pas de champ '{}'.</translation>
        </message>
        <message>
            <source>Features without a geometry left out of '{}': {}.</source>
            <translation>Entités sans géométrie laissées de côté dans '{}' : {}.</translation>
        </message>
        <message>
            <source>'{}' is a point layer, but this input takes lines or polygons: give the right layer.</source>
            <translation>'{}' est une couche de points, mais cette entrée attend des lignes ou des polygones : donnez la bonne couche.</translation>
        </message>
        <message>
            <source>Magnetic grid (nT, or any potential-field grid), north-up, projected CRS in metres.</source>
            <translation>Grille magnétique (nT, ou toute grille de champ de potentiel), nord en haut, SCR projeté en mètres.</translation>
        </message>
        <message>
            <source>Main-field inclination in degrees, positive downward (use IGRF main field).</source>
            <translation>Inclinaison du champ principal en degrés, positive vers le bas (utilisez Champ principal IGRF).</translation>
        </message>
        <message>
            <source>Main-field declination in degrees, clockwise from geographic north.</source>
            <translation>Déclinaison du champ principal en degrés, dans le sens horaire depuis le nord géographique.</translation>
        </message>
        <message>
            <source>Remanent (total) magnetisation inclination; empty = induced (same as the field).</source>
            <translation>Inclinaison de l'aimantation rémanente (totale) ; vide = induite (identique au champ).</translation>
        </message>
        <message>
            <source>Remanent (total) magnetisation declination; empty = induced (same as the field).</source>
            <translation>Déclinaison de l'aimantation rémanente (totale) ; vide = induite (identique au champ).</translation>
        </message>
        <message>
            <source>auto: stabilise when the field or magnetisation inclination is shallow (see README); none: plain Baranov operator; stabilised: always.</source>
            <translation>auto : stabiliser quand l'inclinaison du champ ou de l'aimantation est faible (voir le README) ; none : opérateur de Baranov simple ; stabilised : toujours.</translation>
        </message>
        <message>
            <source>Height in metres for the upward-continued output.</source>
            <translation>Hauteur en mètres du résultat prolongé vers le haut.</translation>
        </message>
        <message>
            <source>Order of the vertical-derivative output.</source>
            <translation>Ordre du résultat de dérivée verticale.</translation>
        </message>
        <message>
            <source>Padding added on each side before the FFT, as a fraction of the grid size (0.25 = 25 %); the padding is a smooth extension that decays to the mean, tapered only outside the data.</source>
            <translation>Bordure ajoutée de chaque côté avant la FFT, en fraction de la taille de la grille (0,25 = 25 %) ; la bordure est un prolongement lisse qui tend vers la moyenne, atténué seulement hors des données.</translation>
        </message>
        <message>
            <source>Reduced to pole</source>
            <translation>Réduit au pôle</translation>
        </message>
        <message>
            <source>Reduced to pole grid; leave unset to skip it.</source>
            <translation>Grille réduite au pôle ; laissez vide pour ne pas la produire.</translation>
        </message>
        <message>
            <source>Upward continued</source>
            <translation>Prolongé vers le haut</translation>
        </message>
        <message>
            <source>Upward continued grid; leave unset to skip it.</source>
            <translation>Grille prolongée vers le haut ; laissez vide pour ne pas la produire.</translation>
        </message>
        <message>
            <source>Vertical derivative</source>
            <translation>Dérivée verticale</translation>
        </message>
        <message>
            <source>Vertical derivative grid; leave unset to skip it.</source>
            <translation>Grille de dérivée verticale ; laissez vide pour ne pas la produire.</translation>
        </message>
        <message>
            <source>Total horizontal derivative</source>
            <translation>Dérivée horizontale totale</translation>
        </message>
        <message>
            <source>Total horizontal derivative grid; leave unset to skip it.</source>
            <translation>Grille de dérivée horizontale totale ; laissez vide pour ne pas la produire.</translation>
        </message>
        <message>
            <source>Tilt derivative (deg)</source>
            <translation>Dérivée tilt (degrés)</translation>
        </message>
        <message>
            <source>Tilt derivative (deg) grid; leave unset to skip it.</source>
            <translation>Grille de dérivée tilt (degrés) ; laissez vide pour ne pas la produire.</translation>
        </message>
        <message>
            <source>Analytic signal</source>
            <translation>Signal analytique</translation>
        </message>
        <message>
            <source>Analytic signal grid; leave unset to skip it.</source>
            <translation>Grille de signal analytique ; laissez vide pour ne pas la produire.</translation>
        </message>
        <message>
            <source>1 where a cell is within 3 cells of nodata or the grid edge (derivatives unreliable), 0 elsewhere.</source>
            <translation>1 là où une cellule est à moins de 3 cellules d'une zone sans données ou du bord de la grille (dérivées peu fiables), 0 ailleurs.</translation>
        </message>
        <message>
            <source>Magnetic transforms (all in one pass)</source>
            <translation>Transformations magnétiques (en une seule passe)</translation>
        </message>
        <message>
            <source>Magnetics</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>From one padded spectrum, any of: reduced to pole, upward continued, vertical derivative, total horizontal derivative, tilt and analytic signal, as separate grids. Only the outputs you name are computed. When RTP is one of them, the other outputs are computed from the RTP field; otherwise from the input. Faster and lighter than running the single tools one by one. Grids must be north-up in a projected CRS (metres); nodata holes are filled for the transform and put back after. The optional edge mask marks cells within 3 cells of nodata or the grid edge, where derivatives are unreliable.</source>
            <translation>À partir d'un seul spectre avec bordure, au choix : réduit au pôle, prolongé vers le haut, dérivée verticale, dérivée horizontale totale, tilt et signal analytique, en grilles distinctes. Seuls les résultats nommés sont calculés. Si la réduction au pôle en fait partie, les autres résultats sont calculés à partir du champ réduit au pôle ; sinon à partir de l'entrée. Plus rapide et plus léger que d'exécuter les outils un par un. Les grilles doivent être orientées nord en haut dans un SCR projeté (mètres) ; les trous sans données sont comblés pour la transformation puis remis ensuite. Le masque de bordure facultatif marque les cellules à moins de 3 cellules d'une zone sans données ou du bord de la grille, où les dérivées ne sont pas fiables.</translation>
        </message>
    </context>
    <context>
        <name>LodestoneModels</name>
        <message>
            <source>Demo property and road reach</source>
            <translation>Propriété de démonstration et zone accessible depuis les routes</translation>
        </message>
        <message>
            <source>Evidence to targets</source>
            <translation>Des indices aux cibles</translation>
        </message>
        <message>
            <source>Survey to drill plan (whole job)</source>
            <translation>Du levé au programme de forage (chaîne complète)</translation>
        </message>
        <message>
            <source>Survey to lineaments</source>
            <translation>Du levé aux linéaments</translation>
        </message>
        <message>
            <source>Distance from a road (m)</source>
            <translation>Distance à une route (m)</translation>
        </message>
        <message>
            <source>Demo seed</source>
            <translation>Graine de la démonstration</translation>
        </message>
        <message>
            <source>Target area fraction</source>
            <translation>Part de la surface en cibles</translation>
        </message>
        <message>
            <source>Evidence stack</source>
            <translation>Pile de couches de preuve</translation>
        </message>
        <message>
            <source>Drill holes</source>
            <translation>Forages</translation>
        </message>
        <message>
            <source>Barren points</source>
            <translation>Points stériles</translation>
        </message>
        <message>
            <source>Known gold points</source>
            <translation>Points aurifères connus</translation>
        </message>
        <message>
            <source>Tested depth</source>
            <translation>Profondeur testée</translation>
        </message>
        <message>
            <source>Positive weight field</source>
            <translation>Champ de pondération des positifs</translation>
        </message>
        <message>
            <source>Altitude (m above ellipsoid)</source>
            <translation>Altitude (m au-dessus de l'ellipsoïde)</translation>
        </message>
        <message>
            <source>Lakes and wetlands</source>
            <translation>Lacs et milieux humides</translation>
        </message>
        <message>
            <source>Camp or base</source>
            <translation>Camp ou base</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Titres miniers</translation>
        </message>
        <message>
            <source>Survey date</source>
            <translation>Date du levé</translation>
        </message>
        <message>
            <source>Other evidence layers</source>
            <translation>Autres couches d'indices</translation>
        </message>
        <message>
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <source>Road speed field (km/h)</source>
            <translation>Champ de vitesse des routes (km/h)</translation>
        </message>
        <message>
            <source>Strike (deg)</source>
            <translation>Direction (degrés)</translation>
        </message>
        <message>
            <source>Corrected readings</source>
            <translation>Lectures corrigées</translation>
        </message>
        <message>
            <source>Target depth (m vertical)</source>
            <translation>Profondeur de la cible (m verticaux)</translation>
        </message>
        <message>
            <source>Metre budget</source>
            <translation>Budget en mètres</translation>
        </message>
        <message>
            <source>Anomaly field</source>
            <translation>Champ de l'anomalie</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <source>Line field</source>
            <translation>Champ de la ligne</translation>
        </message>
        <message>
            <source>Smallest lineament wavelength (m)</source>
            <translation>Plus petite longueur d'onde des linéaments (m)</translation>
        </message>
        <message>
            <source>Complexity smoothing (m)</source>
            <translation>Lissage de la complexité (m)</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Flux de travail</translation>
        </message>
        <message>
            <source>Generates the demo property (lodestone:demoproperty) and the ground within a walking or skidder distance of its highway and forestry roads (native:buffer, dissolved).</source>
            <translation>Génère la propriété de démonstration (lodestone:demoproperty) et le terrain à distance de marche ou de débusqueuse de sa route nationale et de ses chemins forestiers (native:buffer, fusionné).</translation>
        </message>
        <message>
            <source>Distance from a road (m) still reachable for a drill pad.</source>
            <translation>Distance à une route (m) encore accessible pour une plateforme de forage.</translation>
        </message>
        <message>
            <source>Seed of the demo property's noise and grades.</source>
            <translation>Graine du bruit et des teneurs de la propriété de démonstration.</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Evidence to targets: trains the prospectivity model on an evidence stack and known gold points (lodestone:prospectivitymodel, random forest with positive-unlabelled bagging and spatial cross-validation; its report is the honest validation), then outlines and ranks the targets (lodestone:extracttargets) with their distance to the drilling and the depth already tested.</source>
            <translation>Des indices aux cibles : entraîne le modèle de prospectivité sur une pile d'indices et des points aurifères connus (lodestone:prospectivitymodel, forêt aléatoire avec bagging positif-non étiqueté et validation croisée spatiale ; son rapport est la validation honnête), puis délimite et classe les cibles (lodestone:extracttargets) avec leur distance aux forages et la profondeur déjà testée.</translation>
        </message>
        <message>
            <source>Share of the valid area that becomes targets (0-1).</source>
            <translation>Part de la surface valide qui devient cible (0-1).</translation>
        </message>
        <message>
            <source>Multi-band evidence stack from Stack evidence layers.</source>
            <translation>Pile d'indices multibande issue de l'empilement des couches d'indices.</translation>
        </message>
        <message>
            <source>Optional drill holes (collars or traces), for the distance of each target to drilling.</source>
            <translation>Forages facultatifs (collets ou traces), pour la distance de chaque cible aux forages.</translation>
        </message>
        <message>
            <source>Optional barren points (barren drill holes).</source>
            <translation>Points stériles facultatifs (forages stériles).</translation>
        </message>
        <message>
            <source>Known gold points (training points with label 1, intercepts, showings).</source>
            <translation>Points aurifères connus (points d'entraînement d'étiquette 1, intersections, indices minéralisés).</translation>
        </message>
        <message>
            <source>Optional tested-depth grid from Compile drill holes.</source>
            <translation>Grille facultative de profondeur testée, issue de la compilation des forages.</translation>
        </message>
        <message>
            <source>Optional weight of each positive (grade x thickness).</source>
            <translation>Poids facultatif de chaque positif (teneur x épaisseur).</translation>
        </message>
        <message>
            <source>Survey to drill plan, the whole job in one run: grid the corrected readings, IGRF and reduction to pole, lineaments and structural complexity, an evidence stack of the complexity map and your other evidence layers (clipped to the claims), the prospectivity model on your known gold points, ranked targets, travel time from the base by road and off road around the barriers, and a drill programme across strike within the metre budget.</source>
            <translation>Du levé au programme de forage, toute la chaîne en une exécution : grille des lectures corrigées, IGRF et réduction au pôle, linéaments et complexité structurale, pile d'indices de la carte de complexité et de vos autres couches d'indices (découpée aux titres miniers), modèle de prospectivité sur vos points aurifères connus, cibles classées, temps de trajet depuis la base par route et hors route en contournant les obstacles, et programme de forage perpendiculaire à la direction dans le budget de mètres.</translation>
        </message>
        <message>
            <source>Sensor altitude in metres above the WGS84 ellipsoid.</source>
            <translation>Altitude du capteur en mètres au-dessus de l'ellipsoïde WGS84.</translation>
        </message>
        <message>
            <source>Lakes and wetlands: no trail crosses them and no collar is placed in them.</source>
            <translation>Lacs et milieux humides : aucun sentier ne les traverse et aucun collet n'y est placé.</translation>
        </message>
        <message>
            <source>The camp or the highway junction the travel times start from.</source>
            <translation>Le camp ou le carrefour de la route nationale d'où partent les temps de trajet.</translation>
        </message>
        <message>
            <source>The claims: the evidence stack is clipped to them.</source>
            <translation>Les titres miniers : la pile d'indices y est découpée.</translation>
        </message>
        <message>
            <source>Survey date, for the IGRF field direction.</source>
            <translation>Date du levé, pour la direction du champ IGRF.</translation>
        </message>
        <message>
            <source>Other evidence: IP or geochemistry grids, geology polygons, structures...</source>
            <translation>Autres indices : grilles de PP ou de géochimie, polygones géologiques, structures...</translation>
        </message>
        <message>
            <source>Known gold points (intercepts, showings).</source>
            <translation>Points aurifères connus (intersections, indices minéralisés).</translation>
        </message>
        <message>
            <source>Roads (lines) with a speed field in km/h.</source>
            <translation>Routes (lignes) avec un champ de vitesse en km/h.</translation>
        </message>
        <message>
            <source>Road speed in km/h.</source>
            <translation>Vitesse sur la route en km/h.</translation>
        </message>
        <message>
            <source>Strike of the mineralised structure (degrees from north); holes are drilled across it.</source>
            <translation>Direction de la structure minéralisée (degrés depuis le nord) ; les forages la recoupent perpendiculairement.</translation>
        </message>
        <message>
            <source>Corrected readings (points, projected CRS in metres), from Correct survey readings.</source>
            <translation>Lectures corrigées (points, SCR projeté en mètres), issues de la correction des lectures du levé.</translation>
        </message>
        <message>
            <source>Vertical depth (m) at which the holes cross the targets.</source>
            <translation>Profondeur verticale (m) à laquelle les forages recoupent les cibles.</translation>
        </message>
        <message>
            <source>Metre budget of the programme.</source>
            <translation>Budget de mètres du programme.</translation>
        </message>
        <message>
            <source>The anomaly field to grid (nT).</source>
            <translation>Le champ d'anomalie à mettre en grille (nT).</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Survey to lineaments: grids corrected magnetic readings (lodestone:gridsurvey), computes the IGRF field direction at the grid centre on the survey date (lodestone:igrf), reduces the grid to the pole (lodestone:reducetopole), extracts lineaments of both polarities (lodestone:extractlineaments) and maps structural complexity on the RTP grid (lodestone:structuralcomplexity). Start from the output of Correct survey readings.</source>
            <translation>Du levé aux linéaments : met en grille les lectures magnétiques corrigées (lodestone:gridsurvey), calcule la direction du champ IGRF au centre de la grille à la date du levé (lodestone:igrf), réduit la grille au pôle (lodestone:reducetopole), extrait les linéaments des deux polarités (lodestone:extractlineaments) et cartographie la complexité structurale sur la grille réduite au pôle (lodestone:structuralcomplexity). Partir de la sortie de la correction des lectures du levé.</translation>
        </message>
        <message>
            <source>Grid cell size in metres; 0 = a quarter of the line spacing.</source>
            <translation>Taille de cellule de la grille en mètres ; 0 = le quart de l'espacement des lignes.</translation>
        </message>
        <message>
            <source>Survey line identifier (used for the automatic cell size and blanking).</source>
            <translation>Identifiant de ligne du levé (pour la taille de cellule automatique et le masquage).</translation>
        </message>
        <message>
            <source>Smallest lineament wavelength in metres (about 3 cells).</source>
            <translation>Plus petite longueur d'onde des linéaments en mètres (environ 3 cellules).</translation>
        </message>
        <message>
            <source>Smoothing of the complexity maps in metres (a few lineament spacings).</source>
            <translation>Lissage des cartes de complexité en mètres (quelques espacements de linéaments).</translation>
        </message>
        <message>
            <source>Corrected readings (points, projected CRS in metres).</source>
            <translation>Lectures corrigées (points, SCR projeté en mètres).</translation>
        </message>
        <message>
            <source>The anomaly field to grid (nT), e.g. anomaly_nt.</source>
            <translation>Le champ d'anomalie à mettre en grille (nT), par exemple anomaly_nt.</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Generates the demo property (lodestone:demoproperty) and the ground within a walking or skidder distance of its highway and forestry roads (native:buffer, dissolved).&lt;/p&gt;
&lt;h2&gt;&lt;/h2&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Distance from a road (m) still reachable for a drill pad.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Seed of the demo property's noise and grades.&lt;/p&gt;
&lt;br&gt;&lt;p align="right"&gt; Lodestone developers&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation type="vanished" />
        </message>
        <message>
            <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Evidence to targets: trains the prospectivity model on an evidence stack and known gold points (lodestone:prospectivitymodel, random forest with positive-unlabelled bagging and spatial cross-validation; its report is the honest validation), then outlines and ranks the targets (lodestone:extracttargets) with their distance to the drilling and the depth already tested.&lt;/p&gt;
&lt;h2&gt;&lt;/h2&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Share of the valid area that becomes targets (0-1).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Multi-band evidence stack from Stack evidence layers.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Optional drill holes (collars or traces), for the distance of each target to drilling.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Optional barren points (barren drill holes).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Known gold points (training points with label 1, intercepts, showings).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Optional tested-depth grid from Compile drill holes.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Optional weight of each positive (grade x thickness).&lt;/p&gt;
&lt;br&gt;&lt;p align="right"&gt; Lodestone developers&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation type="vanished" />
        </message>
        <message>
            <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Survey to drill plan, the whole job in one run: grid the corrected readings, IGRF and reduction to pole, lineaments and structural complexity, an evidence stack of the complexity map and your other evidence layers (clipped to the claims), the prospectivity model on your known gold points, ranked targets, travel time from the base by road and off road around the barriers, and a drill programme across strike within the metre budget.&lt;/p&gt;
&lt;h2&gt;&lt;/h2&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Sensor altitude in metres above the WGS84 ellipsoid.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Lakes and wetlands: no trail crosses them and no collar is placed in them.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;The camp or the highway junction the travel times start from.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;The claims: the evidence stack is clipped to them.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Survey date, for the IGRF field direction.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Other evidence: IP or geochemistry grids, geology polygons, structures...&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Known gold points (intercepts, showings).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Roads (lines) with a speed field in km/h.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Road speed in km/h.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Strike of the mineralised structure (degrees from north); holes are drilled across it.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Corrected readings (points, projected CRS in metres), from Correct survey readings.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Vertical depth (m) at which the holes cross the targets.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Metre budget of the programme.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;The anomaly field to grid (nT).&lt;/p&gt;
&lt;br&gt;&lt;p align="right"&gt; Lodestone developers&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation type="vanished" />
        </message>
        <message>
            <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Survey to lineaments: grids corrected magnetic readings (lodestone:gridsurvey), computes the IGRF field direction at the grid centre on the survey date (lodestone:igrf), reduces the grid to the pole (lodestone:reducetopole), extracts lineaments of both polarities (lodestone:extractlineaments) and maps structural complexity on the RTP grid (lodestone:structuralcomplexity). Start from the output of Correct survey readings.&lt;/p&gt;
&lt;h2&gt;&lt;/h2&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Sensor altitude in metres above the WGS84 ellipsoid.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Grid cell size in metres; 0 = a quarter of the line spacing.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Survey date, for the IGRF field direction.&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Survey line identifier (used for the automatic cell size and blanking).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Smallest lineament wavelength in metres (about 3 cells).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Smoothing of the complexity maps in metres (a few lineament spacings).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;Corrected readings (points, projected CRS in metres).&lt;/p&gt;
&lt;h3&gt;&lt;/h3&gt;
&lt;p&gt;The anomaly field to grid (nT), e.g. anomaly_nt.&lt;/p&gt;
&lt;br&gt;&lt;p align="right"&gt; Lodestone developers&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation type="vanished" />
        </message>
    </context>
    <context>
        <name>LodestoneProvider</name>
        <message>
            <source>Lodestone: magnetic survey to drill targets (grids, CET-style lineaments, evidence, prospectivity, access and drill planning)</source>
            <translation>Lodestone : du levé magnétique aux cibles de forage (grilles, linéaments de type CET, couches de preuve, prospectivité, accès et planification des forages)</translation>
        </message>
        <message>
            <source>{} is not installed, so these algorithms cannot run: {}. Install {}.</source>
            <translation>{} n'est pas installé : ces algorithmes ne peuvent pas s'exécuter : {}. Installez {}.</translation>
        </message>
        <message>
            <source>Cannot read the shipped model {}</source>
            <translation>Impossible de lire le modèle fourni {}</translation>
        </message>
    </context>
    <context>
        <name>LodestoneSectionFigure</name>
        <message>
            <source>{:g} m below surface (elevation {:.0f} m)</source>
            <translation>{:g} m sous la surface (élévation {:.0f} m)</translation>
        </message>
        <message>
            <source>Looking {}: section azimuth {:.0f}° from {:.0f} E {:.0f} N, {:.0f} m long. Holes within ±{:g} m are projected perpendicularly onto the section.</source>
            <translation>Vue vers {} : azimut de la section {:.0f}° depuis {:.0f} E {:.0f} N, {:.0f} m de long. Les forages à ±{:g} m ou moins sont projetés perpendiculairement sur la section.</translation>
        </message>
        <message>
            <source>Scale 1:{:,.0f} on A4; vertical exaggeration 1:1 (none). Distances in metres along the section from its start; elevations in metres.</source>
            <translation>Échelle 1:{:,.0f} sur A4 ; exagération verticale 1:1 (aucune). Distances en mètres le long de la section depuis son début ; élévations en mètres.</translation>
        </message>
        <message>
            <source>elevation (m)</source>
            <translation>élévation (m)</translation>
        </message>
        <message>
            <source>distance along the section (m)</source>
            <translation>distance le long de la section (m)</translation>
        </message>
        <message>
            <source>fitted zone: dip {:.0f}° towards {:.0f}°, apparent dip {:.0f}° here</source>
            <translation>zone ajustée : pendage {:.0f}° vers {:.0f}°, pendage apparent {:.0f}° ici</translation>
        </message>
        <message>
            <source>m  (scale 1:{:,.0f}, no vertical exaggeration)</source>
            <translation>m  (échelle 1:{:,.0f}, sans exagération verticale)</translation>
        </message>
        <message>
            <source>drilled hole</source>
            <translation>forage foré</translation>
        </message>
        <message>
            <source>planned hole</source>
            <translation>forage prévu</translation>
        </message>
        <message>
            <source>intercept</source>
            <translation>intersection minéralisée</translation>
        </message>
        <message>
            <source>alteration ({}), pale to dark: weak to strong</source>
            <translation>altération ({}), de pâle à foncé : de faible à forte</translation>
        </message>
        <message>
            <source>level below surface</source>
            <translation>niveau sous la surface</translation>
        </message>
        <message>
            <source>ground (through the collars)</source>
            <translation>surface du sol (passant par les collets)</translation>
        </message>
        <message>
            <source>fitted zone (mid-surface and true thickness)</source>
            <translation>zone ajustée (surface médiane et épaisseur vraie)</translation>
        </message>
    </context>
    <context>
        <name>LodestoneWorkflow</name>
        <message>
            <source>Advanced parameters</source>
            <translation>Paramètres avancés</translation>
        </message>
        <message>
            <source>{}: the default is used.</source>
            <translation>{} : la valeur par défaut est utilisée.</translation>
        </message>
        <message>
            <source>{}: {}</source>
            <translation>{} : {}</translation>
        </message>
        <message>
            <source>{} is required: see the note under it.</source>
            <translation>{} est obligatoire : voir la note en dessous.</translation>
        </message>
        <message>
            <source>Missing or wrong value: {}</source>
            <translation>Valeur manquante ou erronée : {}</translation>
        </message>
        <message>
            <source>Lodestone targeting workflow</source>
            <translation>Lodestone – démarche de ciblage</translation>
        </message>
        <message>
            <source>Folder for the workflow outputs</source>
            <translation>Dossier des résultats de la démarche</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Précédent</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Suivant &gt;</translation>
        </message>
        <message>
            <source>Run step</source>
            <translation>Exécuter l'étape</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Dossier des résultats</translation>
        </message>
        <message>
            <source>Running...</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <source>Done: its outputs are in the Lodestone group.</source>
            <translation>Terminée : ses résultats sont dans le groupe Lodestone.</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Running {}...</source>
            <translation>Exécution de {}…</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>{}: done.</source>
            <translation>{} : terminé.</translation>
        </message>
        <message>
            <source>Added to the {} group: {}.</source>
            <translation>Ajouté au groupe {} : {}.</translation>
        </message>
        <message>
            <source>Next: {}</source>
            <translation>Étape suivante : {}</translation>
        </message>
        <message>
            <source>The step was cancelled: no output was added.</source>
            <translation>L'étape a été annulée : aucun résultat n'a été ajouté.</translation>
        </message>
        <message>
            <source>The step failed: see the messages above.</source>
            <translation>L'étape a échoué : voir les messages ci-dessus.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>This step needs the algorithm {}, which this version of Lodestone does not provide.</source>
            <translation>Cette étape demande l'algorithme {}, que cette version de Lodestone ne fournit pas.</translation>
        </message>
        <message>
            <source>The output {} could not be loaded.</source>
            <translation>La sortie {} n'a pas pu être chargée.</translation>
        </message>
        <message>
            <source>{} keeps the default style: {}</source>
            <translation>{} garde le style par défaut : {}</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Levé</translation>
        </message>
        <message>
            <source>Correct the survey readings</source>
            <translation>Corriger les lectures du levé</translation>
        </message>
        <message>
            <source>Turns raw magnetometer readings into a magnetic anomaly: diurnal correction from the base station, removal of the IGRF main field and projection to UTM. Give the sensor altitude above the ellipsoid.</source>
            <translation>Transforme les lectures brutes du magnétomètre en anomalie magnétique : correction diurne à partir de la station de base, retrait du champ principal IGRF et projection en UTM. Indiquez l'altitude du capteur au-dessus de l'ellipsoïde.</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grille</translation>
        </message>
        <message>
            <source>Grid the anomaly</source>
            <translation>Mettre l'anomalie en grille</translation>
        </message>
        <message>
            <source>Grids the corrected readings by minimum curvature; the cell size defaults to a quarter of the line spacing.</source>
            <translation>Met les lectures corrigées en grille par courbure minimale ; la taille de cellule vaut par défaut le quart de l'espacement des lignes.</translation>
        </message>
        <message>
            <source>Reduce to pole and derivatives</source>
            <translation>Réduction au pôle et dérivées</translation>
        </message>
        <message>
            <source>Reduces the grid to the pole and computes its derivatives. The main-field inclination and declination are the IGRF's at the survey's centre and date (Lodestone &gt; Magnetics &gt; IGRF main field gives them elsewhere).</source>
            <translation>Réduit la grille au pôle et en calcule les dérivées. L'inclinaison et la déclinaison du champ principal sont celles de l'IGRF au centre du levé, à sa date (Lodestone &gt; Magnétisme &gt; Champ principal IGRF les donne ailleurs).</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Extract lineaments</source>
            <translation>Extraire les linéaments</translation>
        </message>
        <message>
            <source>Traces magnetic lineaments (dykes, faults, contacts) on the reduced-to-pole grid by phase symmetry.</source>
            <translation>Trace les linéaments magnétiques (dykes, failles, contacts) sur la grille réduite au pôle par symétrie de phase.</translation>
        </message>
        <message>
            <source>Map structural complexity</source>
            <translation>Cartographier la complexité structurale</translation>
        </message>
        <message>
            <source>Turns the lineaments into junctions and a 0-1 structural complexity heat map on the grid.</source>
            <translation>Tire des linéaments leurs jonctions et une carte de complexité structurale de 0 à 1 sur la grille.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Couches de preuve</translation>
        </message>
        <message>
            <source>Stack the evidence layers</source>
            <translation>Empiler les couches de preuve</translation>
        </message>
        <message>
            <source>Brings the evidence maps (complexity, distances to lineaments and contacts, geochemistry...) onto one grid for the prospectivity model.</source>
            <translation>Ramène les cartes de preuve (complexité, distances aux linéaments et aux contacts, géochimie…) sur une même grille pour le modèle de prospectivité.</translation>
        </message>
        <message>
            <source>Prospectivity</source>
            <translation>Prospectivité</translation>
        </message>
        <message>
            <source>Model prospectivity</source>
            <translation>Modéliser la prospectivité</translation>
        </message>
        <message>
            <source>Trains a prospectivity model on the evidence stack and the known gold occurrences.</source>
            <translation>Entraîne un modèle de prospectivité sur la pile de couches de preuve et les occurrences d'or connues.</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Cibles</translation>
        </message>
        <message>
            <source>Extract and rank targets</source>
            <translation>Extraire et classer les cibles</translation>
        </message>
        <message>
            <source>Outlines the most prospective ground inside the claims as ranked targets.</source>
            <translation>Délimite, dans les titres miniers, les terrains les plus prometteurs sous forme de cibles classées.</translation>
        </message>
        <message>
            <source>Drill holes</source>
            <translation>Forages</translation>
        </message>
        <message>
            <source>Fit the zone from the drill holes</source>
            <translation>Ajuster la zone d'après les forages</translation>
        </message>
        <message>
            <source>Fits the mineralised zone's strike and dip to where the historical holes cut it (the intercepts, or an assay table with a selection), with how the dip changes along strike, and maps the zone at depth (125, 200 and 300 m below the ground). The drill plan then aims at it.</source>
            <translation>Ajuste la direction et le pendage de la zone minéralisée aux points où les forages historiques la recoupent (les intersections, ou une table d'analyses avec une sélection), avec la variation du pendage le long de la direction, et cartographie la zone en profondeur (125, 200 et 300 m sous la surface). Le programme de forage la vise ensuite.</translation>
        </message>
        <message>
            <source>Drill plan</source>
            <translation>Plan de forage</translation>
        </message>
        <message>
            <source>Plan the drill programme</source>
            <translation>Planifier le programme de forage</translation>
        </message>
        <message>
            <source>Proposes drill holes on the targets, aimed at the fitted zone where it lies under a target, and how to reach them from the roads.</source>
            <translation>Propose des forages sur les cibles, visant la zone ajustée là où elle se trouve sous une cible, et la façon de les atteindre depuis les routes.</translation>
        </message>
        <message>
            <source>Proposes drill holes on the targets and how to reach them from the roads.</source>
            <translation type="vanished">Propose des forages sur les cibles et la façon de s'y rendre depuis les routes.</translation>
        </message>
    </context>
    <context>
        <name>SectionFigure</name>
        <message>
            <source>Looking {}: section azimuth {:.0f}° from {:.0f} E {:.0f} N, {:.0f} m long. Holes within ±{:g} m are projected perpendicularly onto the section.</source>
            <translation type="vanished">Vue vers {} : azimut de la section {:.0f}° depuis {:.0f} E {:.0f} N, {:.0f} m de long. Les forages à ±{:g} m ou moins sont projetés perpendiculairement sur la section.</translation>
        </message>
        <message>
            <source>Scale 1:{:,.0f} on A4; vertical exaggeration 1:1 (none). Distances in metres along the section from its start; elevations in metres.</source>
            <translation type="vanished">Échelle 1:{:,.0f} sur A4 ; exagération verticale 1:1 (aucune). Distances en mètres le long de la section depuis son début ; élévations en mètres.</translation>
        </message>
        <message>
            <source>elevation (m)</source>
            <translation type="vanished">élévation (m)</translation>
        </message>
        <message>
            <source>distance along the section (m)</source>
            <translation type="vanished">distance le long de la section (m)</translation>
        </message>
        <message>
            <source>fitted zone: dip {:.0f}° towards {:.0f}°, apparent dip {:.0f}° here</source>
            <translation type="vanished">zone ajustée : pendage {:.0f}° vers {:.0f}°, pendage apparent {:.0f}° ici</translation>
        </message>
        <message>
            <source>m  (scale 1:{:,.0f}, no vertical exaggeration)</source>
            <translation type="vanished">m  (échelle 1:{:,.0f}, sans exagération verticale)</translation>
        </message>
        <message>
            <source>drilled hole</source>
            <translation type="vanished">forage foré</translation>
        </message>
        <message>
            <source>planned hole</source>
            <translation type="vanished">forage prévu</translation>
        </message>
        <message>
            <source>intercept</source>
            <translation type="vanished">intersection minéralisée</translation>
        </message>
        <message>
            <source>alteration ({}), pale to dark: weak to strong</source>
            <translation type="vanished">altération ({}), de pâle à foncé : de faible à forte</translation>
        </message>
        <message>
            <source>level below surface</source>
            <translation type="vanished">niveau sous la surface</translation>
        </message>
        <message>
            <source>ground (through the collars)</source>
            <translation type="vanished">surface du sol (passant par les collets)</translation>
        </message>
        <message>
            <source>fitted zone (mid-surface and true thickness)</source>
            <translation type="vanished">zone ajustée (surface médiane et épaisseur vraie)</translation>
        </message>
    </context>
</TS>
