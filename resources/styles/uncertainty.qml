<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fetchMode="0" enabled="0" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option type="QString" name="identify/format" value="Value"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option type="QString" name="name" value=""/>
      <Option name="properties"/>
      <Option type="QString" name="type" value="collection"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour" enabled="false" maxOversampling="2"/>
    </provider>
    <rasterrenderer type="singlebandpseudocolor" band="1" classificationMin="0" classificationMax="0.25" alphaBand="-1" opacity="0.8" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader clip="0" minimumValue="0" maximumValue="0.25" colorRampType="INTERPOLATED" classificationMode="1" labelPrecision="6">
          <colorramp type="gradient" name="[source]">
            <Option type="Map">
              <Option type="QString" name="color1" value="68,1,84,255"/>
              <Option type="QString" name="color2" value="253,231,37,255"/>
              <Option type="QString" name="discrete" value="0"/>
              <Option type="QString" name="rampType" value="gradient"/>
              <Option type="QString" name="stops" value="0.0196078;70,8,92,255:0.0392157;71,16,99,255:0.0588235;72,23,105,255:0.0784314;72,29,111,255:0.0980392;72,36,117,255:0.117647;71,42,122,255:0.137255;70,48,126,255:0.156863;69,55,129,255:0.176471;67,61,132,255:0.196078;65,66,135,255:0.215686;63,72,137,255:0.235294;61,78,138,255:0.254902;58,83,139,255:0.27451;56,89,140,255:0.294118;53,94,141,255:0.313725;51,99,141,255:0.333333;49,104,142,255:0.352941;46,109,142,255:0.372549;44,113,142,255:0.392157;42,118,142,255:0.411765;41,123,142,255:0.431373;39,128,142,255:0.45098;37,132,142,255:0.470588;35,137,142,255:0.490196;33,142,141,255:0.509804;32,146,140,255:0.529412;31,151,139,255:0.54902;30,156,137,255:0.568627;31,161,136,255:0.588235;33,165,133,255:0.607843;36,170,131,255:0.627451;40,174,128,255:0.647059;46,179,124,255:0.666667;53,183,121,255:0.686275;61,188,116,255:0.705882;70,192,111,255:0.72549;80,196,106,255:0.745098;90,200,100,255:0.764706;101,203,94,255:0.784314;112,207,87,255:0.803922;124,210,80,255:0.823529;137,213,72,255:0.843137;149,216,64,255:0.862745;162,218,55,255:0.882353;176,221,47,255:0.901961;189,223,38,255:0.921569;202,225,31,255:0.941176;216,226,25,255:0.960784;229,228,25,255:0.980392;241,229,29,255"/>
            </Option>
            <prop k="color1" v="68,1,84,255"/>
            <prop k="color2" v="253,231,37,255"/>
            <prop k="discrete" v="0"/>
            <prop k="rampType" v="gradient"/>
            <prop k="stops" v="0.0196078;70,8,92,255:0.0392157;71,16,99,255:0.0588235;72,23,105,255:0.0784314;72,29,111,255:0.0980392;72,36,117,255:0.117647;71,42,122,255:0.137255;70,48,126,255:0.156863;69,55,129,255:0.176471;67,61,132,255:0.196078;65,66,135,255:0.215686;63,72,137,255:0.235294;61,78,138,255:0.254902;58,83,139,255:0.27451;56,89,140,255:0.294118;53,94,141,255:0.313725;51,99,141,255:0.333333;49,104,142,255:0.352941;46,109,142,255:0.372549;44,113,142,255:0.392157;42,118,142,255:0.411765;41,123,142,255:0.431373;39,128,142,255:0.45098;37,132,142,255:0.470588;35,137,142,255:0.490196;33,142,141,255:0.509804;32,146,140,255:0.529412;31,151,139,255:0.54902;30,156,137,255:0.568627;31,161,136,255:0.588235;33,165,133,255:0.607843;36,170,131,255:0.627451;40,174,128,255:0.647059;46,179,124,255:0.666667;53,183,121,255:0.686275;61,188,116,255:0.705882;70,192,111,255:0.72549;80,196,106,255:0.745098;90,200,100,255:0.764706;101,203,94,255:0.784314;112,207,87,255:0.803922;124,210,80,255:0.823529;137,213,72,255:0.843137;149,216,64,255:0.862745;162,218,55,255:0.882353;176,221,47,255:0.901961;189,223,38,255:0.921569;202,225,31,255:0.941176;216,226,25,255:0.960784;229,228,25,255:0.980392;241,229,29,255"/>
          </colorramp>
          <item alpha="255" value="0" color="#440154" label="0"/>
          <item alpha="255" value="0.00490195" color="#46085c" label="0.0049"/>
          <item alpha="255" value="0.009803925" color="#471063" label="0.0098"/>
          <item alpha="255" value="0.014705875" color="#481769" label="0.0147"/>
          <item alpha="255" value="0.01960785" color="#481d6f" label="0.0196"/>
          <item alpha="255" value="0.0245098" color="#482475" label="0.0245"/>
          <item alpha="255" value="0.02941175" color="#472a7a" label="0.0294"/>
          <item alpha="255" value="0.03431375" color="#46307e" label="0.0343"/>
          <item alpha="255" value="0.03921575" color="#453781" label="0.0392"/>
          <item alpha="255" value="0.04411775" color="#433d84" label="0.0441"/>
          <item alpha="255" value="0.0490195" color="#414287" label="0.049"/>
          <item alpha="255" value="0.0539215" color="#3f4889" label="0.0539"/>
          <item alpha="255" value="0.0588235" color="#3d4e8a" label="0.0588"/>
          <item alpha="255" value="0.0637255" color="#3a538b" label="0.0637"/>
          <item alpha="255" value="0.0686275" color="#38598c" label="0.0686"/>
          <item alpha="255" value="0.0735295" color="#355e8d" label="0.0735"/>
          <item alpha="255" value="0.07843125" color="#33638d" label="0.0784"/>
          <item alpha="255" value="0.08333325" color="#31688e" label="0.0833"/>
          <item alpha="255" value="0.08823525" color="#2e6d8e" label="0.0882"/>
          <item alpha="255" value="0.09313725" color="#2c718e" label="0.0931"/>
          <item alpha="255" value="0.09803925" color="#2a768e" label="0.098"/>
          <item alpha="255" value="0.10294125" color="#297b8e" label="0.103"/>
          <item alpha="255" value="0.10784325" color="#27808e" label="0.108"/>
          <item alpha="255" value="0.112745" color="#25848e" label="0.113"/>
          <item alpha="255" value="0.117647" color="#23898e" label="0.118"/>
          <item alpha="255" value="0.122549" color="#218e8d" label="0.123"/>
          <item alpha="255" value="0.127451" color="#20928c" label="0.127"/>
          <item alpha="255" value="0.132353" color="#1f978b" label="0.132"/>
          <item alpha="255" value="0.137255" color="#1e9c89" label="0.137"/>
          <item alpha="255" value="0.14215675" color="#1fa188" label="0.142"/>
          <item alpha="255" value="0.14705875" color="#21a585" label="0.147"/>
          <item alpha="255" value="0.15196075" color="#24aa83" label="0.152"/>
          <item alpha="255" value="0.15686275" color="#28ae80" label="0.157"/>
          <item alpha="255" value="0.16176475" color="#2eb37c" label="0.162"/>
          <item alpha="255" value="0.16666675" color="#35b779" label="0.167"/>
          <item alpha="255" value="0.17156875" color="#3dbc74" label="0.172"/>
          <item alpha="255" value="0.1764705" color="#46c06f" label="0.176"/>
          <item alpha="255" value="0.1813725" color="#50c46a" label="0.181"/>
          <item alpha="255" value="0.1862745" color="#5ac864" label="0.186"/>
          <item alpha="255" value="0.1911765" color="#65cb5e" label="0.191"/>
          <item alpha="255" value="0.1960785" color="#70cf57" label="0.196"/>
          <item alpha="255" value="0.2009805" color="#7cd250" label="0.201"/>
          <item alpha="255" value="0.20588225" color="#89d548" label="0.206"/>
          <item alpha="255" value="0.21078425" color="#95d840" label="0.211"/>
          <item alpha="255" value="0.21568625" color="#a2da37" label="0.216"/>
          <item alpha="255" value="0.22058825" color="#b0dd2f" label="0.221"/>
          <item alpha="255" value="0.22549025" color="#bddf26" label="0.225"/>
          <item alpha="255" value="0.23039225" color="#cae11f" label="0.23"/>
          <item alpha="255" value="0.235294" color="#d8e219" label="0.235"/>
          <item alpha="255" value="0.240196" color="#e5e419" label="0.24"/>
          <item alpha="255" value="0.245098" color="#f1e51d" label="0.245"/>
          <item alpha="255" value="0.25" color="#fde725" label="0.25"/>
          <rampLegendSettings suffix="" prefix="" useContinuousLegend="1" minimumLabel="" orientation="2" maximumLabel="" direction="0">
            <numericFormat id="basic">
              <Option type="Map">
                <Option type="QChar" name="decimal_separator" value=""/>
                <Option type="int" name="decimals" value="6"/>
                <Option type="int" name="rounding_type" value="0"/>
                <Option type="bool" name="show_plus" value="false"/>
                <Option type="bool" name="show_thousand_separator" value="true"/>
                <Option type="bool" name="show_trailing_zeros" value="false"/>
                <Option type="QChar" name="thousand_separator" value=""/>
              </Option>
            </numericFormat>
          </rampLegendSettings>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100" colorizeRed="255" invertColors="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
